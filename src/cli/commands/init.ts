import { readFile, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { ANNOTATION_KINDS, type AnnotationKind } from '../../annotation/schema.js';
import { TermsError } from '../../errors.js';
import type { InputFormat } from '../../import/index.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { isIsoDate, todayInJapan } from '../../period/index.js';
import { CONFIG_FILE } from '../../project/config.js';
import { SENDER_PATTERN } from '../../project/config-schema.js';
import { initProject, type InitSource } from '../../project/init.js';
import { parseCommandArgs } from '../args.js';
import { decodeText } from '../decode.js';
import { printDiagnostics } from '../print.js';
import { EXIT, type CliIo, type Command } from '../io.js';

const usage =
  'terms init --doc ID [--company NAME] [--title TITLE] [--effective YYYY-MM-DD] [--url URL] [--sender "NAME <ADDRESS>"] [--require KIND,KIND…] [--from FILE.txt|.md|.docx|.pdf [--format text|markdown]]';

const help: Record<string, string> = {
  '--doc ID': '文書 ID（英小文字・数字・ハイフン）/ document id (lower-case letters, digits, hyphens)',
  '--company NAME': '会社名（--from では取り込み元から推定）/ the company (guessed from --from when absent)',
  '--title TITLE': '表題（--from では取り込み元から推定）/ the title (guessed from --from when absent)',
  '--effective YYYY-MM-DD': '最初の版の効力発生日（既定は日本の今日）/ the first version’s effective date (default: today in Japan)',
  '--url URL': '公開サイトの URL / the published site’s URL',
  '--sender "NAME <ADDRESS>"': '変更通知の差出人 / the sender of change notices',
  '--require KIND,KIND…': '文書が必ず持つ注釈の種類（既定は無し）/ annotation kinds the document must carry (default: none)',
  '--from FILE': '既存の規約（テキスト・Markdown・Word・PDF）から始める / start from an existing text, Markdown, Word or PDF file',
  '--format text|markdown': '--from のテキストの読み方（既定は内容から判断）/ how to read a --from text file (default: told from the file)',
};

function invalid(message: string): TermsError {
  return new TermsError(`${message}\n使い方 / usage: ${usage}`, EXIT.invalid);
}

/** What a Word or PDF file is imported with (the importer needs them; a text file's import is done by initProject). */
interface ImportSettings {
  document: string;
  effective: string;
  title?: string;
  company?: string;
}

/** Reads the file to start from: Word and PDF through the Word/PDF importer, text and Markdown as text. */
async function readSource(io: CliIo, file: string, format: string | undefined, settings: ImportSettings): Promise<InitSource> {
  if (format !== undefined && format !== 'text' && format !== 'markdown') throw invalid(`--format は text か markdown です / --format must be text or markdown, not "${format}"`);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(resolve(io.cwd, file));
  } catch (error) {
    throw new TermsError(`${file}: 読めません / cannot read: ${(error as NodeJS.ErrnoException).code ?? String(error)}`, EXIT.invalid);
  }
  // Word and PDF, told by their bytes as `terms import` tells them.
  const { detectFileFormat, importFile } = await import('../../import/file.js');
  const binary = format === undefined ? detectFileFormat(file, bytes) : null;
  if (binary) return { path: file, imported: await importFile(bytes, { path: file, format: binary, ...settings }) };
  return { path: file, text: decodeText(bytes, io, file), ...(format !== undefined ? { format: format as InputFormat } : {}) };
}

/** What is already there that a new project would overwrite. */
async function existingProject(cwd: string): Promise<string | null> {
  if (await stat(join(cwd, CONFIG_FILE)).catch(() => null)) return CONFIG_FILE;
  if (await stat(join(cwd, 'terms')).catch(() => null)) return 'terms/';
  return null;
}

export const initCommand: Command = {
  summary: '会社の規約のプロジェクトを始める / start a project for a company’s terms',
  usage,
  help,
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        doc: { type: 'string' },
        company: { type: 'string' },
        title: { type: 'string' },
        effective: { type: 'string' },
        url: { type: 'string' },
        sender: { type: 'string' },
        require: { type: 'string' },
        from: { type: 'string' },
        format: { type: 'string' },
      },
      usage,
    );
    const problems: string[] = [];
    if (positionals.length) problems.push(`余分な引数です / unexpected argument: ${positionals.join(' ')}`);
    if (!values.doc || !/^[a-z0-9][a-z0-9-]*$/u.test(values.doc)) problems.push('--doc には文書 ID（英小文字・数字・ハイフン）が必要です / --doc ID (lower-case letters, digits, hyphens) is required');
    if (values.effective !== undefined && !isIsoDate(values.effective)) problems.push(`--effective は実在する日付 YYYY-MM-DD です / --effective must be a real date: ${values.effective}`);
    if (values.url !== undefined && !/^https?:\/\/[^\s/?#]+/u.test(values.url)) problems.push(`--url は http(s) の URL です / --url must be an http(s) URL: ${values.url}`);
    if (values.sender !== undefined && !new RegExp(SENDER_PATTERN, 'u').test(values.sender)) problems.push(`--sender は "会社名 <address@example.jp>" の形です / --sender must read "Name <address@example.jp>": ${values.sender}`);
    const required = (values.require ?? '').split(',').map((k) => k.trim()).filter((k) => k !== '');
    const unknown = required.filter((k) => !(ANNOTATION_KINDS as readonly string[]).includes(k));
    if (unknown.length) problems.push(`--require に不明な注釈の種類があります / unknown annotation kind(s): ${unknown.join(', ')}`);
    if (values.format !== undefined && values.from === undefined) problems.push('--format は --from と一緒に指定してください / --format needs --from');
    if (problems.length) throw invalid(problems.join('\n'));

    const existing = await existingProject(io.cwd);
    if (existing) throw new TermsError(`既にプロジェクトがあります（${existing}）。何も書き込みませんでした / a project is already here (${existing}); nothing was written`, EXIT.invalid);

    const effective = values.effective ?? todayInJapan();
    const settings: ImportSettings = {
      document: values.doc as string,
      effective,
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.company !== undefined ? { company: values.company } : {}),
    };
    const from = values.from === undefined ? undefined : await readSource(io, values.from, values.format, settings);
    const result = initProject({
      document: values.doc as string,
      effective,
      requiredAnnotations: [...new Set(required)] as AnnotationKind[],
      ...(values.company !== undefined ? { company: values.company } : {}),
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.url !== undefined ? { siteUrl: values.url } : {}),
      ...(values.sender !== undefined ? { sender: values.sender } : {}),
      ...(from ? { from } : {}),
    });
    printDiagnostics(io, result.report);
    if (!result.usable) {
      io.stderr('条が見つからないため、何も書き込みませんでした / no article found: nothing was written\n');
      return EXIT.invalid;
    }
    for (const [path, content] of result.files) {
      await writeFileAtomic(join(io.cwd, path), content);
      io.stderr(`作成しました / created ${path}\n`);
    }
    io.stderr(
      '次に / next: terms compile · terms lint · terms build' +
        (values.url === undefined ? `（サイトの URL は ${CONFIG_FILE} の site.url に / set the site’s URL as site.url in ${CONFIG_FILE}）` : '') +
        '\n',
    );
    if (!result.compiles) {
      io.stderr(`${result.termsFile} はまだコンパイルできません。上の報告を見て直してください / ${result.termsFile} does not compile yet: see the report above\n`);
      return EXIT.failed;
    }
    return EXIT.ok;
  },
};
