/**
 * 民法548条の4第2項: every rendered notice states that the terms change, the new content (or a link to
 * it) and when the change takes effect, whatever the templates say; a notice that lacks one is refused.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  checkStatutoryElements,
  emailForms,
  loadNoticeTemplates,
  renderAtomEntry,
  renderEmail,
  renderWebNotice,
  type NoticeContext,
  type NoticeTemplates,
  type StatutoryElement,
} from '../../src/notice/index.js';
import { BASE_URL, copyTemplates, realContext, runCli, RECIPIENT } from './support.js';

let context: NoticeContext;
beforeAll(async () => {
  context = await realContext();
});

/** What each of the four rendered forms lacks. */
function missingByForm(templates: NoticeTemplates): Record<string, StatutoryElement[]> {
  const email = renderEmail(context, RECIPIENT, templates);
  const [text, html] = emailForms(email);
  return {
    'email text': checkStatutoryElements(text?.parts ?? [], context),
    'email html': checkStatutoryElements(html?.parts ?? [], context),
    web: checkStatutoryElements([{ format: 'html', content: renderWebNotice(context, templates) }], context),
    atom: checkStatutoryElements([{ format: 'html', content: renderAtomEntry(context, templates) }], context),
  };
}

/** A copy of the templates with `edit` applied to each named file. */
function broken(edits: Record<string, (source: string) => string>): NoticeTemplates {
  const dir = copyTemplates();
  for (const [file, edit] of Object.entries(edits)) {
    const path = join(dir, file);
    const before = readFileSync(path, 'utf8');
    const after = edit(before);
    expect(after, `${file} was not changed by the edit`).not.toBe(before);
    writeFileSync(path, after);
  }
  return loadNoticeTemplates(dir, dir);
}

const withoutLines = (pattern: RegExp) => (s: string) =>
  s
    .split('\n')
    .filter((l) => !pattern.test(l))
    .join('\n');

describe('checkStatutoryElements', () => {
  it('should find all three elements in every form rendered with the shipped templates', () => {
    expect(missingByForm(loadNoticeTemplates())).toEqual({ 'email text': [], 'email html': [], web: [], atom: [] });
  });

  it('should find nothing in an unrelated text, and name the elements in the law’s order', () => {
    expect(checkStatutoryElements([{ format: 'text', content: 'お知らせ' }], context)).toEqual(['change', 'content', 'effective-date']);
  });

  it('should accept the effective date in the forms people write it, and no other date', () => {
    const parts = (date: string) => [{ format: 'text' as const, content: `${context.document.title}を変更します。${context.urls.version} ${date}から適用` }];
    for (const date of ['2027年（令和9年）1月1日', '2027年(令和9年)1月1日', '2027年1月1日', '令和9年1月1日', '2027-01-01', '２０２７年１月１日']) {
      expect(checkStatutoryElements(parts(date), context), date).toEqual([]);
    }
    expect(checkStatutoryElements(parts('2027年1月6日'), context)).toEqual(['effective-date']);
  });

  it('should count a link by its href, and not count what is commented out', () => {
    const html = (body: string) => [{ format: 'html' as const, content: `<p>${context.document.title}を変更します（2027年1月1日）。</p>${body}` }];
    expect(checkStatutoryElements(html(`<a href="${context.urls.version}">変更後の規約</a>`), context)).toEqual([]);
    expect(checkStatutoryElements(html(`<!-- <a href="${context.urls.version}">変更後の規約</a> -->`), context)).toEqual(['content']);
  });

  it('should notice when a template drops the effective date, though the URLs hold it', () => {
    const missing = missingByForm(
      broken({
        'email-subject.hbs': (s) => s.replace('（{{effectiveDateJa}}から適用）', ''),
        'email-text.hbs': (s) => s.replaceAll('{{effectiveDateJa}}', '近日中'),
        'atom-entry.hbs': (s) => s.replaceAll('{{effectiveDateJa}}', '近日中'),
      }),
    );
    expect(missing['email text']).toEqual(['effective-date']);
    expect(missing.atom).toEqual(['effective-date']);
    expect(missing['email html']).toEqual([]);
  });

  it('should accept the effective date from the new text in the web notice’s 新旧対照表 (付則２)', () => {
    const missing = missingByForm(broken({ 'web-notice.hbs': (s) => s.replaceAll('{{effectiveDateJa}}', '近日中') }));
    expect(missing.web).toEqual([]);
    const without = missingByForm(
      broken({ 'web-notice.hbs': (s) => s.replaceAll('{{effectiveDateJa}}', '近日中').replace('{{{comparisonTableHtml}}}', '') }),
    );
    expect(without.web).toEqual(['effective-date']);
  });

  it('should notice when a template drops the link to the new version, even if it keeps the diff link', () => {
    const missing = missingByForm(broken({ 'atom-entry.hbs': withoutLines(/urls\.version/u), 'email-html.hbs': (s) => s.replaceAll('urls.version', 'urls.diff') }));
    expect(missing.atom).toEqual(['content']);
    expect(missing['email html']).toEqual(['content']);
  });

  it('should notice when a template no longer says that the terms change', () => {
    const missing = missingByForm(
      broken({
        'email-subject.hbs': () => '【重要】{{document.company}}からのお知らせ（{{effectiveDateJa}}）\n',
        'email-text.hbs': (s) => s.replace('{{document.title}}を変更いたします。', 'サービスのご案内をお送りします。'),
      }),
    );
    expect(missing['email text']).toEqual(['change']);
  });

  it('should make the CLI refuse (exit 1) a notice whose template lacks an element', async () => {
    const dir = copyTemplates();
    const path = join(dir, 'atom-entry.hbs');
    writeFileSync(path, readFileSync(path, 'utf8').replaceAll('{{effectiveDateJa}}', '近日中'));
    const result = await runCli(['notice', 'knet-cloud', '--to', '2027-01-01', '--base-url', BASE_URL, '--templates', dir]);
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Atom エントリ / Atom entry: 民法548条の4第2項の記載事項がありません');
    expect(result.stderr).toContain('効力発生時期');
    expect(result.stderr).not.toContain('email');
  }, 120_000);
});
