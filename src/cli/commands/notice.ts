/**
 * `terms notice`: checks a new version's effective date against its notice date (第４条２), renders the
 * notices (email, お知らせ page, Atom entry) with the statutory check, and writes or sends the emails.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { diffRuleSets } from '../../diff/index.js';
import { TermsError } from '../../errors.js';
import { writeFileAtomic } from '../../io/atomic.js';
import {
  assessEffectiveDate,
  buildNoticeContext,
  createSmtpTransport,
  DEFAULT_TEMPLATES_DIR,
  deliverNotices,
  earliestEffectiveDate,
  isBaseUrl,
  isSmtpUrl,
  loadNoticeTemplates,
  openSendLog,
  parseRate,
  parseSender,
  prepareNotice,
  readRecipients,
  redactUrl,
  selectVersions,
  sendingTooLate,
  type DeliveryEvent,
} from '../../notice/index.js';
import { compareDates, formatDateJa, isIsoDate, todayInJapan } from '../../period/index.js';
import { CONFIG_FILE, documentSettings, loadProjectConfig } from '../../project/config.js';
import { displayPath } from '../../project/sources.js';
import { releaseTokenizer } from '../../tokenize/index.js';
import { parseCommandArgs } from '../args.js';
import { CACHE_HELP, CACHE_OPTIONS, CACHE_USAGE, cacheOf } from '../cache.js';
import { compileOrStop } from '../compiled.js';
import { EXIT, type CliIo, type Command } from '../io.js';
import { printDiagnostics } from '../print.js';

const usage =
  'terms notice DOC --to VERSION [--base-url URL (default: site.url of terms.config.json)] [--notice-date YYYY-MM-DD] [--urgent --reason "…"] ' +
  '[--recipients FILE.csv [--from "Name <address>"] [--out DIR] [--send smtp://host:port [--connections N] [--rate N/s]] [--log FILE]] [--rehearsal] [--terms DIR] [--templates DIR] ' +
  CACHE_USAGE;

const help: Record<string, string> = {
  'DOC --to VERSION': '文書と新しい版（直前の版からの変更を通知）/ the document and the new version (the change from the version before it)',
  '--base-url URL': '公開サイトの URL（既定 terms.config.json の site.url）/ the published site (default: site.url of terms.config.json)',
  '--notice-date YYYY-MM-DD': '通知日（既定 版の noticeDate、なければ本日）/ the day the notice is given (default: the version\'s noticeDate, else today in Japan)',
  '--urgent --reason "…"': '緊急の変更とその理由 / an urgent change and why',
  '--recipients FILE.csv': '通知先の CSV（name,email,contract または 氏名,メールアドレス,契約番号）/ who to notify',
  '--from "Name <address>"': '差出人（既定 terms.config.json の sender）/ the sender (default: the document\'s sender in terms.config.json)',
  '--out DIR': 'お知らせページ・Atom エントリ・宛先ごとの .eml を書き出す / write the web notice, the Atom entry and one .eml per recipient',
  '--send smtp://host:port': 'SMTP で送信（smtps:// で TLS）/ send over SMTP (smtps:// for TLS)',
  '--connections N': '同時に使う SMTP 接続の数（既定 1。中断時の再送は最大 N 通）/ SMTP connections at once (default 1; an interruption re-sends at most N messages)',
  '--rate N/s': '送信速度の上限（N/s・N/min・N/h、既定 無制限）/ at most N messages per second, minute or hour (default: no limit)',
  '--log FILE': '送信ログ（既定 <out または cwd>/notice-<doc>-<version>.sendlog.ndjson）/ the send log',
  '--rehearsal': '下書きだけを作る（送信不可）/ write drafts, never notices (not with --send)',
  '--terms DIR': '規約のフォルダ（既定 terms）/ the terms folder (default terms)',
  '--templates DIR': '通知テンプレートのフォルダ（既定 templates/notice）/ the notice templates (default templates/notice)',
  ...CACHE_HELP,
};

const options = {
  to: { type: 'string' },
  'notice-date': { type: 'string' },
  'base-url': { type: 'string' },
  urgent: { type: 'boolean' },
  reason: { type: 'string' },
  terms: { type: 'string' },
  ...CACHE_OPTIONS,
  templates: { type: 'string' },
  recipients: { type: 'string' },
  out: { type: 'string' },
  send: { type: 'string' },
  from: { type: 'string' },
  log: { type: 'string' },
  connections: { type: 'string' },
  rate: { type: 'string' },
  rehearsal: { type: 'boolean' },
} as const;

/**
 * Today's date in Japan. TERMS_TODAY (YYYY-MM-DD) stands for it, for rehearsals and tests of a notice
 * whose date is not today; it is announced on stderr, since it changes what the run allows.
 */
function readToday(io: CliIo): string {
  const override = process.env['TERMS_TODAY'];
  if (override === undefined || override === '') return todayInJapan();
  if (!isIsoDate(override)) throw new TermsError(`TERMS_TODAY は YYYY-MM-DD で指定してください / TERMS_TODAY must be YYYY-MM-DD: ${override}`, 2);
  io.stderr(`TERMS_TODAY=${override} を本日とします / taking ${override} as today\n`);
  return override;
}

/** Why notices dated before today are not written (exit 1), and what a notice given today allows. */
function backdated(noticeDate: string, today: string, earliest: string): string {
  return (
    `通知日 ${formatDateJa(noticeDate)} は過ぎています。通知は発信又は掲載の時に効力を生ずるため、本日作成する通知の通知日は本日（${formatDateJa(today)}）です。` +
    `本日の通知で遵守できる最も早い効力発生日は ${formatDateJa(earliest)} です（--notice-date ${today} で確認してください）。` +
    `下書きとして作成するには --rehearsal を指定してください / ` +
    `the notice date ${noticeDate} has passed: a notice made today is given on ${today}, which allows an effective date of ${earliest} or later (check with --notice-date ${today}); use --rehearsal to write drafts`
  );
}

type Values = ReturnType<typeof parseCommandArgs<typeof options>>['values'];

/** Every problem with the arguments, so that they are reported together. */
function argumentProblems(values: Values, document: string | undefined): string[] {
  const problems: string[] = [];
  const add = (when: boolean, message: string) => void (when && problems.push(message));
  add(!document, '文書を1つ指定してください / give one document (e.g. knet-cloud)');
  add(!values.to, '--to VERSION が必要です / --to VERSION is required');
  add(!values['base-url'] || !isBaseUrl(values['base-url']), '--base-url に http(s) の URL が必要です / --base-url needs an http(s) URL');
  const date = values['notice-date'];
  add(date !== undefined && !isIsoDate(date), `--notice-date は YYYY-MM-DD / --notice-date must be YYYY-MM-DD: ${date}`);
  add(values.urgent === true && !values.reason?.trim(), '--urgent には --reason "…" が必要です / --urgent needs --reason "…"');
  add(values.reason !== undefined && !values.urgent, '--reason は --urgent と共に指定します / --reason goes with --urgent');
  const send = values.send;
  add(
    send !== undefined && !isSmtpUrl(send),
    `--send には smtp:// または smtps:// の URL が必要です / --send needs an smtp:// or smtps:// URL: ${redactUrl(send ?? '')}`,
  );
  add(
    (send !== undefined || values.log !== undefined) && values.recipients === undefined,
    '--send と --log には --recipients が必要です / --send and --log need --recipients',
  );
  add(values.recipients !== undefined && values.from === undefined, '--recipients には差出人 --from が必要です / --recipients needs the sender --from');
  const connections = values.connections;
  add(
    connections !== undefined && !/^[1-9]\d{0,2}$/u.test(connections),
    `--connections は 1〜999 の整数 / --connections must be a whole number from 1 to 999: ${connections}`,
  );
  add(
    values.rate !== undefined && parseRate(values.rate) === null,
    `--rate は N/s・N/min・N/h（例 10/s）/ --rate must be N/s, N/min or N/h (e.g. 10/s): ${values.rate}`,
  );
  add(
    (connections !== undefined || values.rate !== undefined) && send === undefined,
    '--connections と --rate は --send と共に指定します / --connections and --rate go with --send',
  );
  add(values.rehearsal === true && send !== undefined, '--rehearsal は下書きを作るだけで、--send とは併用できません / --rehearsal makes drafts and never sends: drop --send');
  return problems;
}

const EVENT_LABEL: Record<DeliveryEvent['kind'], string> = {
  written: '書き出し / written',
  accepted: '送信済み / accepted',
  skipped: '送信済みのため省略 / already sent',
  rejected: '拒否 / rejected',
  deferred: '一時エラー / deferred',
  incomplete: '記載不備 / incomplete',
};

export const noticeCommand: Command = {
  summary: '変更通知を作成・送信 / generate and send change notices',
  usage,
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(args, options, usage);
    // The site's URL and the document's sender, where the options do not give them: terms.config.json.
    const configured = await loadProjectConfig(io.cwd, CONFIG_FILE);
    if (configured.diagnostics.length) {
      printDiagnostics(io, configured.diagnostics);
      return EXIT.invalid;
    }
    const { siteUrl } = configured.config;
    const { sender: configuredSender } = documentSettings(configured.config, positionals[0] ?? '');
    if (values['base-url'] === undefined && siteUrl !== null) values['base-url'] = siteUrl;
    if (values.from === undefined && configuredSender !== null) values.from = configuredSender;
    const [document, ...extra] = positionals;
    const problems = argumentProblems(values, extra.length === 0 ? document : undefined);
    if (problems.length || !document || !values.to || !values['base-url']) {
      throw new TermsError(`${problems.join('\n')}\n使い方 / usage: ${usage}`, EXIT.invalid);
    }
    const sender = values.from === undefined ? undefined : parseSender(values.from);
    let now: string | undefined;
    const today = () => (now ??= readToday(io));

    const cache = cacheOf(io, values);
    const compiled = await compileOrStop(io, { termsDir: resolve(io.cwd, values.terms ?? 'terms'), cache });
    if (!compiled.ok) return compiled.exit;
    const { previous, next } = selectVersions(compiled.versions.map((v) => v.ruleSet), document, values.to);

    const noticeDate = values['notice-date'] ?? next.meta.noticeDate ?? today();
    const late = values.send === undefined ? null : sendingTooLate(noticeDate, today());
    if (late) throw new TermsError(late, EXIT.failed);
    // A notice is given when it is sent or posted (第３条２): files written today dated earlier would be
    // backdated notices. Only a rehearsal may write them, as drafts.
    const rehearsal = values.rehearsal === true;
    if (values.out !== undefined && !rehearsal && compareDates(noticeDate, today()) < 0) {
      throw new TermsError(backdated(noticeDate, today(), earliestEffectiveDate(previous, today())), EXIT.failed);
    }
    if (rehearsal) io.stderr('リハーサル: 書き出すのは下書きです（件名【下書き】、X-Knet-Terms-Draft: yes、拡張子 .draft） / rehearsal: every file written is a draft\n');
    const urgent = values.urgent ?? next.meta.urgent;
    const reason = values.reason ?? next.meta.urgentReason ?? undefined;
    const assessment = assessEffectiveDate({ previous, next, noticeDate, urgent, reason: reason ?? null });
    io.stdout(
      `${document} ${previous.meta.version} → ${next.meta.version}\n` +
        `通知日 / notice date: ${formatDateJa(noticeDate)}\n` +
        `効力発生日 / effective: ${formatDateJa(assessment.effective)}（最短 / earliest allowed: ${formatDateJa(assessment.earliest)}）\n`,
    );
    if (!assessment.allowed) {
      io.stderr(`${assessment.problem}\n`);
      return EXIT.failed;
    }
    if (assessment.urgentApplied) io.stdout(`緊急の変更 / urgent change: ${reason}\n`);

    const diff = await diffRuleSets(previous, next, cache);
    await cache?.flush();
    // The dictionary (300 MB when loaded from kuromoji's packed files) is not needed once the diff is made: let it go before the messages.
    releaseTokenizer();
    const baseUrl = values['base-url'];
    // A real notice is dated on its notice date; one sent, or written on that very day, when it is made.
    const mailDate = values.send !== undefined || noticeDate === today() ? null : `${noticeDate}T00:00:00+09:00`;
    const context = buildNoticeContext({ previous, next, diff, noticeDate, baseUrl, urgent, ...(reason ? { reason } : {}), draft: rehearsal, mailDate });
    const templates = loadNoticeTemplates(values.templates === undefined ? DEFAULT_TEMPLATES_DIR : resolve(io.cwd, values.templates), io.cwd);
    const prepared = prepareNotice(context, templates);
    if (prepared.problems.length) {
      io.stderr(`${prepared.problems.join('\n')}\n通知を作成しません / no notice was made\n`);
      return EXIT.failed;
    }
    const outDir = values.out === undefined ? undefined : resolve(io.cwd, values.out);
    if (outDir !== undefined) {
      const draft = rehearsal ? '.draft' : '';
      await writeFileAtomic(join(outDir, `web-notice.html${draft}`), prepared.web);
      await writeFileAtomic(join(outDir, `atom-entry.xml${draft}`), prepared.atom);
      io.stdout(`お知らせページと Atom エントリ / web notice and Atom entry → ${displayPath(outDir, io.cwd)}\n`);
    }
    // --recipients always comes with --from (checked above).
    if (values.recipients === undefined || sender === undefined) return EXIT.ok;

    const csvPath = resolve(io.cwd, values.recipients);
    const list = readRecipients(await readInput(csvPath), displayPath(csvPath, io.cwd));
    for (const problem of list.problems) io.stderr(`${problem}\n`);
    const logPath = resolve(io.cwd, values.log ?? join(outDir ?? io.cwd, `notice-${document}-${next.meta.version}.sendlog.ndjson`));
    const connections = Number(values.connections ?? 1);
    const smtp = values.send === undefined ? undefined : createSmtpTransport(values.send, { connections, rate: values.rate === undefined ? null : parseRate(values.rate) });
    const log = smtp ? await openSendLog(logPath) : undefined;
    try {
      const report = await deliverNotices({
        context,
        recipients: list.recipients,
        sender,
        templates,
        ...(outDir !== undefined ? { outDir } : {}),
        ...(smtp && log ? { transport: { send: smtp.send, log, concurrency: connections } } : {}),
        onEvent: (e) => printEvent(io, e),
      });
      io.stdout(
        `宛先 / recipients: ${list.recipients.length}（不備で除外 / rows skipped: ${list.problems.length}）` +
          (outDir !== undefined ? ` · .eml: ${report.written}` : '') +
          (smtp
            ? ` · 送信 / accepted: ${report.accepted} · 送信済み / already sent: ${report.skipped} · 失敗 / failed: ${report.failed} · log: ${displayPath(logPath, io.cwd)}`
            : '') +
          '\n',
      );
      return report.failed || list.problems.length ? EXIT.failed : EXIT.ok;
    } finally {
      smtp?.close();
      await log?.close();
    }
  },
};

/** One line per recipient: what went well on stdout, what did not on stderr with the reason. */
function printEvent(io: CliIo, e: DeliveryEvent): void {
  const who = `${EVENT_LABEL[e.kind]}  ${e.recipient.contract} <${e.recipient.email}>`;
  if (e.kind === 'rejected' || e.kind === 'deferred' || e.kind === 'incomplete') io.stderr(`${who}: ${e.detail}\n`);
  else io.stdout(`${who}\n`);
}

/** A file's bytes, or a TermsError (exit 2) naming it. */
async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readFile(path);
  } catch (error) {
    throw new TermsError(`${path}: 読み込めません / cannot read (${(error as NodeJS.ErrnoException).code ?? String(error)})`, EXIT.invalid);
  }
}
