/**
 * What a resumed `terms notice --send` promises (issue 16 item 9; src/notice/send-log.ts): against a
 * real SMTP server on loopback and SIGKILLs of the real CLI, no message is lost, and each interruption
 * makes at most one message arrive twice, with the same Message-ID. A few kills here; a long run with
 * `SMTP_KILLS=40 npx vitest run test/robust/smtp-resume.test.ts` (scripts/soak-smtp.sh).
 */
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, onTestFinished } from 'vitest';
import { listenSmtp, messageIdOf } from '../helpers/smtp.js';
import { BIN, ROOT, tempDir } from './support.js';

const KILLS = Number(process.env['SMTP_KILLS'] ?? 3);
const ENV = { TERMS_TODAY: '2026-11-30' };

/** When the server kills the client: before it answers the message's DATA, or right after its 250. */
type KillAt = 'before-250' | 'after-250';

interface Server {
  url: string;
  /** Message-IDs in the order messages arrived (a message that arrived twice is there twice). */
  arrived: string[];
  /** Called with each arriving message's number (from 1); returns when to kill, if at all. */
  plan: (n: number) => KillAt | null;
  kill: () => void;
}

async function smtpServer(): Promise<Server> {
  const state: Server = { url: '', arrived: [], plan: () => null, kill: () => undefined };
  const server = await listenSmtp({
    message(bytes, _session, answer) {
      state.arrived.push(messageIdOf(bytes));
      const at = state.plan(state.arrived.length);
      if (at === 'before-250') {
        // Arrived, but the client never hears so: it is killed while it waits.
        state.kill();
        return;
      }
      answer();
      if (at === 'after-250') state.kill();
    },
  });
  state.url = server.url;
  onTestFinished(() => server.close());
  return state;
}

/** Runs terms notice --send to the server; the server may kill it. */
function send(server: Server, csv: string, log: string): Promise<{ status: number | null; signal: NodeJS.Signals | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const args = ['notice', 'knet-cloud', '--to', '2027-01-01', '--base-url', 'https://terms.knet.example/', '--recipients', csv, '--from', 'Knet 株式会社 <terms@knet.example>', '--send', server.url, '--log', log];
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, env: { ...process.env, ...ENV }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.resume();
    server.kill = () => child.kill('SIGKILL');
    child.on('error', reject);
    child.on('close', (status, signal) => resolve({ status, signal, stdout }));
  });
}

function recipients(dir: string, count: number): string {
  const path = join(dir, 'recipients.csv');
  writeFileSync(path, ['name,email,contract', ...Array.from({ length: count }, (_, i) => `契約者 ${i},r${i}@example.jp,K-${i}`)].join('\n') + '\n');
  return path;
}

/** A fixed-seed generator (mulberry32), so that a failing run can be repeated. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('terms notice --send, killed and resumed', () => {
  it('should log the message in flight before it is handed over, and re-send it once with the same Message-ID', async () => {
    const server = await smtpServer();
    const dir = tempDir();
    const csv = recipients(dir, 4);
    const log = join(dir, 'send.ndjson');
    server.plan = (n) => (n === 3 ? 'before-250' : null);
    const killed = await send(server, csv, log);
    expect(killed.signal).toBe('SIGKILL');
    const inFlight = JSON.parse(readFileSync(`${log}.sending`, 'utf8')) as { status: string; contract: string; messageId: string };
    expect(inFlight).toMatchObject({ status: 'sending', contract: 'K-2', messageId: server.arrived[2] });

    server.plan = () => null;
    const resumed = await send(server, csv, log);
    expect(resumed.status).toBe(0);
    // K-2 arrived before the kill and again after it: the same Message-ID; nothing else twice.
    expect(server.arrived.filter((id) => id === inFlight.messageId)).toHaveLength(2);
    expect(new Set(server.arrived).size).toBe(4);
    expect(server.arrived).toHaveLength(5);
    expect(existsSync(`${log}.sending`)).toBe(false);
    const answers = readFileSync(log, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { contract: string; status: string });
    expect(answers.map((a) => a.contract).sort()).toEqual(['K-0', 'K-1', 'K-2', 'K-3']);
    expect(answers.every((a) => a.status === 'accepted')).toBe(true);
  }, 180_000);

  it(`should lose nothing and re-send at most one message per interruption over ${KILLS} SIGKILLs`, async () => {
    const server = await smtpServer();
    const dir = tempDir();
    const count = Math.max(12, KILLS * 3);
    const csv = recipients(dir, count);
    const log = join(dir, 'send.ndjson');
    const next = random(16);
    let kills = 0;
    for (let runs = 0; runs < KILLS * 2 + 2; runs++) {
      // Each run is killed once, at a random message and on either side of the 250, until KILLS are done.
      const at = kills < KILLS ? server.arrived.length + 1 + Math.floor(next() * 3) : -1;
      const side: KillAt = next() < 0.5 ? 'before-250' : 'after-250';
      server.plan = (n) => (n === at ? side : null);
      const run = await send(server, csv, log);
      if (run.signal === 'SIGKILL') kills++;
      else if (run.status === 0) break;
    }
    expect(kills).toBe(KILLS);
    const times = new Map<string, number>();
    for (const id of server.arrived) times.set(id, (times.get(id) ?? 0) + 1);
    expect(times.size).toBe(count);
    const twice = [...times.values()].filter((n) => n > 1);
    expect(twice.every((n) => n === 2)).toBe(true);
    expect(twice.length).toBeLessThanOrEqual(kills);
  }, 600_000);
});
