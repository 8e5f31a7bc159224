/**
 * Test support for notices: the real versions and their real diff, a real SMTP server on loopback, and the
 * real CLI as a child process.
 */
import { spawn } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { simpleParser, type ParsedMail } from 'mailparser';
import { listenSmtp } from '../helpers/smtp.js';
import { diffRuleSets, type TermsDiff } from '../../src/diff/index.js';
import { isTermsError } from '../../src/errors.js';
import { buildNoticeContext, type NoticeContext } from '../../src/notice/index.js';
import { compileProject } from '../../src/project/compile-all.js';
import type { RuleSet } from '../../src/ruleset/schema.js';

export const ROOT = join(import.meta.dirname, '..', '..');
export const TEMPLATES = join(ROOT, 'templates', 'notice');
export const BASE_URL = 'https://terms.knet.example/';
/** A recipient for rendering tests. */
export const RECIPIENT = { name: '山田 太郎', email: 'taro@example.jp', contract: 'C-0001' };

/** The TermsError a call throws (the test fails when it throws none). */
export function failure(fn: () => unknown): { message: string; exitCode: number } {
  try {
    fn();
  } catch (error) {
    if (isTermsError(error)) return { message: error.message, exitCode: error.exitCode };
    throw error;
  }
  throw new Error('expected a TermsError');
}


/** The two real versions of knet-cloud and their diff. */
export interface RealVersions {
  previous: RuleSet;
  next: RuleSet;
  diff: TermsDiff;
}

let real: Promise<RealVersions> | undefined;

/** Compiles the real terms folder once per test file and diffs 2018-04-20 with 2027-01-01. */
export function realVersions(): Promise<RealVersions> {
  real ??= (async () => {
    const project = await compileProject(join(ROOT, 'terms'), ROOT);
    const find = (version: string) => {
      const v = project.versions.find((x) => x.ruleSet.meta.document === 'knet-cloud' && x.ruleSet.meta.version === version);
      if (!v) throw new Error(`knet-cloud/${version} did not compile: ${JSON.stringify(project.diagnostics.slice(0, 3))}`);
      return v.ruleSet;
    };
    const previous = find('2018-04-20');
    const next = find('2027-01-01');
    return { previous, next, diff: await diffRuleSets(previous, next) };
  })();
  return real;
}

/** The real notice context (noticed 2026-11-30, as the new version's front matter says). */
export async function realContext(): Promise<NoticeContext> {
  const { previous, next, diff } = await realVersions();
  return buildNoticeContext({ previous, next, diff, noticeDate: '2026-11-30', baseUrl: BASE_URL });
}

/** A fresh temporary folder. */
export function tempDir(prefix = 'terms-notice-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A copy of the shipped templates that a test may break. */
export function copyTemplates(): string {
  const dir = join(tempDir('terms-templates-'), 'notice');
  cpSync(TEMPLATES, dir, { recursive: true });
  return dir;
}

/** The result of a CLI run. */
export interface CliResult {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs `node bin/terms.js …` (built by `npm run build:ts`) in the project folder.
 * @param args the arguments after `terms`
 * @param options extra environment; `onSpawn` receives the child to kill it
 */
export function runCli(
  args: string[],
  options: { env?: Record<string, string>; onSpawn?: (kill: () => void) => void } = {},
): Promise<CliResult> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [join(ROOT, 'bin', 'terms.js'), ...args], {
      cwd: ROOT,
      env: { ...process.env, ...options.env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status, signal) => resolvePromise({ status, signal, stdout, stderr }));
    options.onSpawn?.(() => child.kill('SIGKILL'));
  });
}

/** A message the test server accepted, parsed. */
export interface Received {
  envelopeTo: string[];
  mail: ParsedMail;
}

/** A real SMTP server on 127.0.0.1 (test/helpers/smtp.ts) that parses what it accepts. */
export interface TestSmtpServer {
  url: string;
  /** Messages accepted (answered 250), in order. */
  received: Received[];
  /** Resolves when a message to a held recipient has arrived and is being held. */
  held: Promise<void>;
  close(): Promise<void>;
}

/**
 * Starts the server.
 * @param options `refuse`: recipients answered 550 at RCPT TO; `hold`: recipients whose first message is
 *   never answered (the server is "slow" for them), to interrupt a batch there
 */
export async function startSmtpServer(options: { refuse?: string[]; hold?: string[] } = {}): Promise<TestSmtpServer> {
  const received: Received[] = [];
  const holding = new Set(options.hold);
  let markHeld: () => void = () => {};
  const held = new Promise<void>((r) => (markHeld = r));
  const server = await listenSmtp({
    rcptTo(address, _session, callback) {
      if (options.refuse?.includes(address.address)) {
        const error = Object.assign(new Error('5.1.1 mailbox unavailable'), { responseCode: 550 });
        callback(error);
        return;
      }
      callback();
    },
    message(bytes, session, answer) {
      const to = session.envelope.rcptTo.map((r) => r.address);
      const hold = to.find((a) => holding.has(a));
      if (hold !== undefined) {
        // Never answered: the client waits until it is killed; the message is not accepted. Only the first
        // message to the recipient is held, so that a run started again gets through.
        holding.delete(hold);
        markHeld();
        return;
      }
      simpleParser(bytes).then(
        (mail) => {
          received.push({ envelopeTo: to, mail });
          answer();
        },
        (error: Error) => answer(error),
      );
    },
  });
  return { url: server.url, received, held, close: server.close };
}
