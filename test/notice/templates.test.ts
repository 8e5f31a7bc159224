/**
 * The legal team's templates: strict variables, syntax errors and missing partials reported with the
 * template's file and line, all problems together; the CLI prints them without a stack trace.
 */
import { appendFileSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNoticeTemplates, renderEmail, renderWebNotice, type NoticeContext } from '../../src/notice/index.js';
import { BASE_URL, copyTemplates, failure, realContext, RECIPIENT, runCli } from './support.js';

let context: NoticeContext;
beforeAll(async () => {
  context = await realContext();
});

/** Replaces a line of a template file (1-based) and returns the template's path. */
function editLine(dir: string, file: string, line: number, text: string): string {
  const path = join(dir, file);
  const lines = readFileSync(path, 'utf8').split('\n');
  lines[line - 1] = text;
  writeFileSync(path, lines.join('\n'));
  return path;
}

describe('notice templates', () => {
  it('should load the shipped templates and render every form', () => {
    const templates = loadNoticeTemplates();
    expect(renderEmail(context, RECIPIENT, templates).subject).toContain('Knetクラウドサービス利用規約');
    expect(renderWebNotice(context, templates)).toContain('<article class="notice"');
  });

  it('should stop on a variable the context lacks, naming the template file, line and variable (strict mode)', () => {
    const dir = copyTemplates();
    editLine(dir, 'email-text.hbs', 7, '変更後の利用規約は、{{effectiveDateJapanese}}から効力を生じます。');
    const templates = loadNoticeTemplates(dir, dir);
    const { message, exitCode } = failure(() => renderEmail(context, RECIPIENT, templates));
    expect(exitCode).toBe(2);
    expect(message).toContain('email-text.hbs:7:13: 変数またはヘルパー "effectiveDateJapanese" がありません');
  });

  it('should name the partial, not the template that includes it, for an error inside a partial', () => {
    const dir = copyTemplates();
    appendFileSync(join(dir, 'partials/html/changes.hbs'), '<p>{{recipient.title}}</p>\n');
    const { message } = failure(() => renderWebNotice(context, loadNoticeTemplates(dir, dir)));
    expect(message).toMatch(/partials\/html\/changes\.hbs:\d+:\d+: 変数またはヘルパー "title" がありません/u);
  });

  it('should report an unknown helper as such', () => {
    const dir = copyTemplates();
    editLine(dir, 'email-subject.hbs', 1, '{{dateJa effectiveDate}} {{document.title}}の変更');
    const { message } = failure(() => renderEmail(context, RECIPIENT, loadNoticeTemplates(dir, dir)));
    expect(message).toContain('email-subject.hbs:1:3: 変数またはヘルパー "dateJa" がありません');
  });

  it('should report every syntax error, missing partial and missing template together, before rendering', () => {
    const dir = copyTemplates();
    editLine(dir, 'web-notice.hbs', 3, '    <p>{{#if noticeDate}}{{noticeDateJa}}{{/iff}}</p>');
    editLine(dir, 'email-html.hbs', 4, '{{> footer}}');
    writeFileSync(join(dir, 'partials/text/broken.hbs'), 'a\n{{oops\n');
    rmSync(join(dir, 'atom-entry.hbs'));
    const { message, exitCode } = failure(() => loadNoticeTemplates(dir, dir));
    expect(exitCode).toBe(2);
    expect(message).toContain('web-notice.hbs:3:');
    expect(message).toContain("if doesn't match iff");
    expect(message).toContain('email-html.hbs:4:1: パーシャル "footer" がありません');
    expect(message).toContain('partials/text/broken.hbs:2:1: 構文エラー / syntax error');
    expect(message).toContain('atom-entry.hbs: テンプレートがありません / template not found');
  });

  it('should print a template error from the CLI with its file, exit 2, and no stack trace', async () => {
    const dir = copyTemplates();
    editLine(dir, 'web-notice.hbs', 6, '  <p>{{document.titel}}</p>');
    const result = await runCli(['notice', 'knet-cloud', '--to', '2027-01-01', '--base-url', BASE_URL, '--templates', dir]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('web-notice.hbs:6:');
    expect(result.stderr).toContain('"titel"');
    expect(result.stderr).not.toMatch(/\n\s+at /u);
  }, 120_000);
});
