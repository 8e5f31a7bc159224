import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { TermsError } from '../../errors.js';
import { detectFileFormat, importFile } from '../../import/file.js';
import { importTerms, type InputFormat } from '../../import/index.js';
import { writeFileAtomic } from '../../io/atomic.js';
import { isIsoDate } from '../../period/index.js';
import { parseCommandArgs } from '../args.js';
import { decodeText } from '../decode.js';
import { printDiagnostics } from '../print.js';
import { EXIT, type Command } from '../io.js';

const usage =
  'terms import FILE --doc ID --effective YYYY-MM-DD [--out FILE.md] [--from text|markdown|docx|pdf] [--title T] [--company C]';

function invalid(message: string): TermsError {
  return new TermsError(`${message}\n使い方 / usage: ${usage}`, EXIT.invalid);
}

async function readStream(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk)));
  return Buffer.concat(chunks);
}

export const importCommand: Command = {
  summary: '既存の規約を取り込む / import existing terms from text or Markdown',
  usage,
  help: {
    'FILE | -': '取り込む規約（テキストか Markdown、UTF-8 か Shift_JIS）/ the terms to import (text or Markdown, UTF-8 or Shift_JIS)',
    '--doc ID': '文書 ID（英小文字・数字・ハイフン）/ the document id (lowercase letters, digits, hyphens)',
    '--effective YYYY-MM-DD': '効力発生日 / the effective date',
    '--out FILE.md': '書き出す Markdown（既定: 標準出力）/ the Markdown written (default: stdout)',
    '--from text|markdown': '入力の形式（既定: 推定）/ the input format (default: guessed)',
    '--title T': '規約の表題 / the title of the terms',
    '--company C': '会社名 / the company',
  },
  async run(args, io) {
    const { values, positionals } = parseCommandArgs(
      args,
      {
        doc: { type: 'string' },
        effective: { type: 'string' },
        out: { type: 'string' },
        from: { type: 'string' },
        title: { type: 'string' },
        company: { type: 'string' },
      },
      usage,
    );
    const [file, ...extra] = positionals;
    if (!file || extra.length > 0) throw invalid('取り込むファイルを一つ指定してください / give exactly one input file');
    if (!values.doc || !/^[a-z0-9][a-z0-9-]*$/u.test(values.doc)) {
      throw invalid('--doc には文書 ID（英小文字・数字・ハイフン）が必要です / --doc ID (lowercase letters, digits, hyphens) is required');
    }
    if (!values.effective || !isIsoDate(values.effective)) {
      throw invalid('--effective には実在する日付 YYYY-MM-DD が必要です / --effective YYYY-MM-DD is required');
    }
    if (values.from !== undefined && !['text', 'markdown', 'docx', 'pdf'].includes(values.from)) {
      throw invalid(`--from は text, markdown, docx, pdf のいずれかです / --from must be text, markdown, docx or pdf, not "${values.from}"`);
    }
    let bytes: Buffer;
    try {
      bytes = file === '-' ? await readStream(io.stdin) : await readFile(resolve(io.cwd, file));
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new TermsError(`${file}: 読めません / cannot read: ${reason}`, EXIT.invalid);
    }
    const options = {
      path: file,
      document: values.doc,
      effective: values.effective,
      ...(values.title !== undefined ? { title: values.title } : {}),
      ...(values.company !== undefined ? { company: values.company } : {}),
    };
    // Word files and PDFs have readers of their own (src/import/file.ts); text and Markdown are decoded here.
    const binary = values.from === 'docx' || values.from === 'pdf' ? values.from : values.from === undefined ? detectFileFormat(file, bytes) : null;
    const result = binary
      ? await importFile(bytes, { ...options, format: binary })
      : importTerms(decodeText(bytes, io, file), { ...options, ...(values.from !== undefined ? { format: values.from as InputFormat } : {}) });
    printDiagnostics(io, result.report);
    if (!result.document.body.some((b) => b.kind === 'article')) return EXIT.invalid;
    if (values.out !== undefined && values.out !== '-') {
      const out = resolve(io.cwd, values.out);
      await writeFileAtomic(out, result.markdown);
      io.stderr(`${out} に書き出しました / written\n`);
    } else {
      io.stdout(result.markdown);
    }
    return result.ruleSet ? EXIT.ok : EXIT.failed;
  },
};
