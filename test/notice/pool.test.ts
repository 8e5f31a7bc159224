/**
 * `terms notice --send --connections N --rate N/s` against a real SMTP server on loopback: no more than N
 * connections at once, no more messages per period than the rate allows (counted, with generous bounds
 * and no upper bound on time), and a SIGKILL with N messages in flight loses nothing and re-sends only
 * those, with the same Message-ID.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { main } from '../../src/cli/main.js';
import { parseRate, type SendLogEntry } from '../../src/notice/index.js';
import { listenSmtp, messageIdOf } from '../helpers/smtp.js';
import { BASE_URL, runCli, tempDir } from './support.js';

interface Server {
  url: string;
  /** Message-IDs in the order messages arrived (twice if a message arrived twice), with when. */
  arrived: Array<{ id: string; at: number }>;
  /** The most connections open at once, and how many were opened. */
  connections: { now: number; max: number; opened: number };
  /** Called with each arriving message's number (from 1): true to never answer it. */
  hold: (n: number) => boolean;
}

async function smtpServer(): Promise<Server> {
  const state: Server = { url: '', arrived: [], connections: { now: 0, max: 0, opened: 0 }, hold: () => false };
  const server = await listenSmtp({
    connect() {
      state.connections.opened++;
      state.connections.max = Math.max(state.connections.max, ++state.connections.now);
    },
    disconnect() {
      state.connections.now--;
    },
    message(bytes, _session, answer) {
      state.arrived.push({ id: messageIdOf(bytes), at: Date.now() });
      if (!state.hold(state.arrived.length)) answer();
    },
  });
  state.url = server.url;
  onTestFinished(() => server.close());
  return state;
}

function recipients(dir: string, count: number): string {
  const path = join(dir, 'recipients.csv');
  writeFileSync(path, ['name,email,contract', ...Array.from({ length: count }, (_, i) => `契約者 ${i},r${i}@example.jp,K-${i}`)].join('\n') + '\n');
  return path;
}

const args = (csv: string, url: string, log: string, ...extra: string[]) => [
  'notice', 'knet-cloud', '--to', '2027-01-01', '--base-url', BASE_URL, '--recipients', csv,
  '--from', 'Knet 株式会社 <terms@knet.example>', '--send', url, '--log', log, ...extra,
];

const readLog = (path: string): SendLogEntry[] =>
  readFileSync(path, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as SendLogEntry);

describe('terms notice --send over pooled connections', () => {
  it('should use at most --connections connections and send no faster than --rate', async () => {
    const server = await smtpServer();
    const dir = tempDir();
    const log = join(dir, 'send.ndjson');
    let stdout = '';
    const previous = process.env['TERMS_TODAY'];
    process.env['TERMS_TODAY'] = '2026-11-30';
    try {
      const status = await main(args(recipients(dir, 12), server.url, log, '--connections', '3', '--rate', '3/s'), {
        cwd: process.cwd(),
        stdout: (t) => void (stdout += t),
        stderr: () => undefined,
      });
      expect(status).toBe(0);
    } finally {
      if (previous === undefined) delete process.env['TERMS_TODAY'];
      else process.env['TERMS_TODAY'] = previous;
    }
    expect(new Set(server.arrived.map((a) => a.id)).size).toBe(12);
    expect(readLog(log).filter((e) => e.status === 'accepted')).toHaveLength(12);
    // Pooled: more than one connection was used, never more than three at once.
    expect(server.connections.max).toBeGreaterThan(1);
    expect(server.connections.max).toBeLessThanOrEqual(3);
    expect(server.connections.opened).toBeLessThanOrEqual(3);
    // 3 a second: the 12th message is handed over at least three seconds after the first (sent unlimited,
    // all 12 arrive within one). The first message's own delay (connecting) may take from that: half is
    // allowed for it; a slower machine only lengthens the span.
    const times = server.arrived.map((a) => a.at);
    expect(Math.max(...times) - Math.min(...times)).toBeGreaterThanOrEqual(1500);
  }, 180_000);

  it('should, killed with three messages in flight, lose nothing and re-send only those, with the same Message-ID', async () => {
    const server = await smtpServer();
    const dir = tempDir();
    const csv = recipients(dir, 9);
    const log = join(dir, 'send.ndjson');
    let kill = (): void => undefined;
    // Messages 4 to 6 are never answered; once all three are held, every connection waits: kill then.
    server.hold = (n) => {
      if (n >= 4 && n <= 6) {
        if (n === 6) setTimeout(() => kill(), 50);
        return true;
      }
      return false;
    };
    const killed = await runCli(args(csv, server.url, log, '--connections', '3'), { env: { TERMS_TODAY: '2026-11-30' }, onSpawn: (k) => (kill = k) });
    expect(killed.signal).toBe('SIGKILL');
    const held = server.arrived.slice(3, 6).map((a) => a.id);
    const inFlight = readFileSync(`${log}.sending`, 'utf8').trim().split('\n').map((l) => (JSON.parse(l) as SendLogEntry).messageId);
    expect(inFlight.sort()).toEqual([...held].sort());
    expect(readLog(log).map((e) => e.status)).toEqual(['accepted', 'accepted', 'accepted']);

    server.hold = () => false;
    const resumed = await runCli(args(csv, server.url, log, '--connections', '3'), { env: { TERMS_TODAY: '2026-11-30' } });
    expect(resumed.status).toBe(0);
    const times = new Map<string, number>();
    for (const { id } of server.arrived) times.set(id, (times.get(id) ?? 0) + 1);
    expect(times.size).toBe(9);
    // Twice: exactly the three in flight, each with its Message-ID; everything else once.
    expect([...times].filter(([, n]) => n === 2).map(([id]) => id).sort()).toEqual([...held].sort());
    expect([...times.values()].every((n) => n <= 2)).toBe(true);
    expect(resumed.stdout.match(/already sent {2}K-\d/gu)).toHaveLength(3);
    const entries = readLog(log);
    expect(entries.filter((e) => e.status === 'accepted').map((e) => e.contract).sort()).toEqual(Array.from({ length: 9 }, (_, i) => `K-${i}`).sort());
  }, 180_000);
});

describe('--rate and --connections', () => {
  it('should read N/s, N/min and N/h, and refuse anything else', () => {
    expect(parseRate('10/s')).toEqual({ messages: 10, perMs: 1000 });
    expect(parseRate('600/min')).toEqual({ messages: 600, perMs: 60_000 });
    expect(parseRate('5000/h')).toEqual({ messages: 5000, perMs: 3_600_000 });
    for (const bad of ['0/s', '10', 'fast', '1.5/s', '10/day', '-1/s']) expect(parseRate(bad)).toBeNull();
  });

  it('should refuse a bad rate or connection count, and either without --send, with exit 2', async () => {
    let stderr = '';
    const io = { cwd: tempDir(), stdout: () => undefined, stderr: (t: string) => void (stderr += t) };
    const base = ['notice', 'knet-cloud', '--to', '2027-01-01', '--base-url', BASE_URL, '--recipients', 'r.csv', '--from', 'terms@knet.example'];
    expect(await main([...base, '--send', 'smtp://127.0.0.1:1', '--rate', 'fast', '--connections', '0'], io)).toBe(2);
    expect(stderr).toContain('--rate must be N/s, N/min or N/h (e.g. 10/s): fast');
    expect(stderr).toContain('--connections must be a whole number from 1 to 999: 0');
    stderr = '';
    expect(await main([...base, '--out', 'x', '--rate', '10/s'], io)).toBe(2);
    expect(stderr).toContain('--connections and --rate go with --send');
  });
});
