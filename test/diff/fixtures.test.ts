import { describe, expect, it } from 'vitest';
import { diffRuleSets, renderComparisonTableMarkdown, renderRedlineText, type ClauseChange, type TermsDiff } from '../../src/diff/index.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIXTURES, compileText, fixture } from './support.js';

const changed = (diff: TermsDiff): ClauseChange[] => diff.clauses.filter((c) => c.status !== 'unchanged');
const byNewId = (diff: TermsDiff, id: string): ClauseChange => {
  const found = diff.clauses.find((c) => c.newId === id);
  if (!found) throw new Error(`no clause ${id}`);
  return found;
};

describe.each([{ withoutKeys: false }, { withoutKeys: true }])('diffRuleSets on the fixtures (article keys removed: $withoutKeys)', (options) => {
  const base = fixture('base.md', options);

  it('should report a new article in the middle as one insertion and the renumbering of the articles after it', async () => {
    const diff = await diffRuleSets(base, fixture('inserted-article.md', options));
    expect(diff.summary).toMatchObject({ added: 1, removed: 0, moved: 4 });
    const added = changed(diff).filter((c) => c.status === 'added');
    expect(added.map((c) => c.newId)).toEqual(['art-4', 'art-4-p1']);
    const moved = changed(diff).filter((c) => c.status === 'moved');
    expect(moved.map((c) => `${c.oldLabel}→${c.newLabel}`)).toEqual(['第４条→第５条', '第５条→第６条', '第６条→第７条', '第７条→第８条']);
    expect(moved.every((c) => c.classification === 'editorial' && c.renumbered && c.kinds?.join() === 'numbering')).toBe(true);
    expect(renderRedlineText(moved[0]?.redline ?? [])).toBe('第[-４-]{+５+}条（当社からの解約）');
    // The sub-clauses follow their article: renumbered, not changed.
    expect(byNewId(diff, 'art-5-p1-i2')).toMatchObject({ status: 'unchanged', oldId: 'art-4-p1-i2', renumbered: true, classification: null });
  });

  it('should call a cross-reference updated to follow the renumbering editorial, and say its target was renumbered', async () => {
    const diff = await diffRuleSets(base, fixture('inserted-article.md', options));
    const updated = byNewId(diff, 'art-6-p2');
    expect(updated).toMatchObject({ status: 'modified', classification: 'editorial', kinds: ['reference-number'] });
    expect(renderRedlineText(updated.redline)).toContain('[-第４条-]{+第５条+}（当社からの解約）');
    expect(diff.references.map((r) => [r.kind, r.from, r.oldTarget, r.newTarget])).toEqual([
      ['target-renumbered', 'art-6-p2', 'art-4', 'art-5'],
      // 第４条各号: the items of 第４条's first paragraph.
      ['target-renumbered', 'art-7-p2', 'art-4-p1', 'art-5-p1'],
    ]);
  });

  it('should report a cross-reference still written with the old number as stale', async () => {
    const diff = await diffRuleSets(base, fixture('stale-reference.md', options));
    const stale = diff.references.filter((r) => r.kind === 'stale-number');
    expect(stale.map((r) => [r.from, r.text, r.oldTarget, r.newTarget])).toEqual([
      ['art-6-p2', '第４条（当社からの解約）', 'art-4', 'art-5'],
      ['art-7-p2', '第４条（当社からの解約）各号', 'art-4-p1', 'art-5-p1'],
    ]);
    expect(stale[0]?.message).toBe(
      '第６条第２項の「第４条（当社からの解約）」は改正前は第４条を指していましたが、その条項は改正後は第５条です。参照が更新されておらず、第４条を指しています。',
    );
  });

  it('should report a deleted item as removed and the items after it as renumbered', async () => {
    const diff = await diffRuleSets(base, fixture('deleted-item.md', options));
    expect(changed(diff).map((c) => [c.status, c.oldId, c.newId, c.classification])).toEqual([
      ['removed', 'art-4-p1-i2', null, 'substantive'],
      ['moved', 'art-4-p1-i3', 'art-4-p1-i2', 'editorial'],
      ['moved', 'art-4-p1-i4', 'art-4-p1-i3', 'editorial'],
    ]);
    expect(diff.clauses.findIndex((c) => c.oldId === 'art-4-p1-i2')).toBe(diff.clauses.findIndex((c) => c.newId === 'art-4-p1-i1') + 1);
    expect(diff.summary.articles).toEqual([
      { status: 'modified', classification: 'substantive', oldId: 'art-4', newId: 'art-4', label: '第４条', caption: '当社からの解約' },
    ]);
  });

  it('should keep an unchanged lead paragraph whose items were all replaced and after which a paragraph was inserted', async () => {
    const diff = await diffRuleSets(base, fixture('replaced-items.md', options));
    // 第４条第１項 keeps its sentence: its four 号 gave way to seventeen and a 第２項 follows it.
    expect(byNewId(diff, 'art-4-p1')).toMatchObject({ status: 'unchanged', oldId: 'art-4-p1', redline: [] });
    const article4 = changed(diff).filter((c) => (c.newId ?? c.oldId)?.startsWith('art-4'));
    expect(article4.filter((c) => c.level === 'Paragraph').map((c) => [c.status, c.oldId, c.newId])).toEqual([['added', null, 'art-4-p2']]);
    expect(article4.filter((c) => c.level === 'Item' && c.newId !== null)).toHaveLength(17);
    expect(diff.summary.articles).toEqual([
      { status: 'modified', classification: 'substantive', oldId: 'art-4', newId: 'art-4', label: '第４条', caption: '当社からの解約' },
    ]);
    // The 新旧対照表 shows the lead sentence on both sides without a 傍線.
    const lead = '当社は、契約者が次の各号のいずれかに該当する場合、直ちに利用契約を解約することができるものとします。';
    const table = renderComparisonTableMarkdown(diff);
    expect(table).toContain(lead);
    expect(table).not.toMatch(new RegExp(`<ins>[^<]*${lead.slice(0, 12)}`, 'u'));
    expect(table.split(lead)).toHaveLength(3);
  });

  it('should follow a paragraph moved to another article, as a substantive move', async () => {
    const diff = await diffRuleSets(base, fixture('moved-paragraph.md', options));
    expect(changed(diff).map((c) => [c.status, c.oldId, c.newId, c.classification, c.kinds])).toEqual([
      ['moved', 'art-3-p2', 'art-4-p2', 'substantive', ['moved']],
    ]);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, moved: 1 });
    // Both articles changed: one lost a paragraph, the other gained it.
    expect(diff.summary.articles.map((a) => [a.status, a.classification, a.newId])).toEqual([
      ['modified', 'substantive', 'art-3'],
      ['modified', 'substantive', 'art-4'],
    ]);
  });

  it('should show a changed parameter in the text and as rule data', async () => {
    const diff = await diffRuleSets(base, fixture('parameter.md', options));
    const clause = byNewId(diff, 'art-3-p1');
    expect(clause).toMatchObject({ status: 'modified', classification: 'substantive', kinds: ['wording', 'rules'] });
    expect(renderRedlineText(clause.redline)).toBe('契約者は、解約希望日の[-２ヶ月-]{+３ヶ月+}前までに当社に通知することにより、利用契約を解約することができるものとします。');
    expect(diff.rules).toEqual([
      {
        status: 'modified',
        kind: 'cancellation',
        oldId: 'art-3-p1/cancellation',
        newId: 'art-3-p1/cancellation',
        clause: 'art-3-p1',
        fields: [
          { path: '/notice/duration', old: 'P2M', new: 'P3M' },
          { path: '/notice/n', old: 2, new: 3 },
        ],
      },
    ]);
  });

  it('should report a caption change on the article itself', async () => {
    const diff = await diffRuleSets(base, fixture('caption.md', options));
    expect(changed(diff)).toHaveLength(1);
    const article = byNewId(diff, 'art-7');
    expect(article).toMatchObject({ level: 'Article', status: 'modified', classification: 'substantive', oldText: '第７条（協議）', newText: '第７条（協議等）' });
    expect(renderRedlineText(article.redline)).toBe('第７条（協議{+等+}）');
  });

  it('should show whitespace-only changes as such, classified editorial', async () => {
    const diff = await diffRuleSets(base, fixture('whitespace.md', options));
    expect(changed(diff).map((c) => [c.newId, c.classification, c.kinds])).toEqual([
      ['art-1-p1', 'editorial', ['whitespace']],
      ['suppl-p1', 'editorial', ['whitespace']],
    ]);
    expect(renderRedlineText(byNewId(diff, 'suppl-p1').redline)).toBe('本規約は、2020{+ +}年（令和{+ +}2{+ +}年）1{+ +}月{+ +}1{+ +}日から有効とします。');
  });

  it('should show 全角/半角 changes as the characters that changed, classified editorial', async () => {
    const diff = await diffRuleSets(base, fixture('width.md', options));
    expect(changed(diff).map((c) => [c.newId, c.classification, c.kinds])).toEqual([
      ['art-6-p2', 'editorial', ['width']],
      ['suppl-p1', 'editorial', ['width']],
    ]);
    expect(renderRedlineText(byNewId(diff, 'art-6-p2').redline)).toBe('２．当社は、第[-４-]{+4+}条[-（-]{+(+}当社からの解約[-）-]{+)+}各号に該当して解約した場合の損害について責任を負いません。');
  });

  it('should find nothing to report between a version and itself', async () => {
    const diff = await diffRuleSets(base, fixture('base.md', options));
    expect(changed(diff)).toEqual([]);
    expect(diff.summary).toMatchObject({ added: 0, removed: 0, modified: 0, moved: 0, editorial: 0, substantive: 0, articles: [] });
    expect(diff.rules).toEqual([]);
    expect(diff.references).toEqual([]);
  });
});

describe('diffRuleSets order and coverage', () => {
  it('should list every clause of both versions once, in the new order', async () => {
    const base = fixture('base.md');
    const next = fixture('inserted-article.md');
    const diff = await diffRuleSets(base, next);
    const newIds = diff.clauses.map((c) => c.newId).filter((id): id is string => id !== null);
    const oldIds = diff.clauses.map((c) => c.oldId).filter((id): id is string => id !== null);
    expect(new Set(newIds).size).toBe(newIds.length);
    expect(new Set(oldIds).size).toBe(oldIds.length);
    const count = (set: typeof base): number =>
      set.articles.reduce((n, a) => n + 1 + a.paragraphs.reduce((m, p) => m + 1 + p.items.length, 0), 0) + 2;
    expect(newIds).toHaveLength(count(next));
    expect(oldIds).toHaveLength(count(base));
    expect(newIds.slice(0, 4)).toEqual(['art-1', 'art-1-p1', 'art-2', 'art-2-p1']);
  });
});

describe('diffRuleSets on reordered clauses', () => {
  it('should report a swap of two items as a substantive move of one and the renumbering of the other', async () => {
    const text = readFileSync(join(FIXTURES, 'base.md'), 'utf8');
    const swapped = text.replace('- 第三者の権利を侵害する行為\n\n- 本サービスの運営を妨げる行為', '- 本サービスの運営を妨げる行為\n\n- 第三者の権利を侵害する行為');
    expect(swapped).not.toBe(text);
    const diff = await diffRuleSets(fixture('base.md'), compileText(swapped, 'swapped.md'));
    const moved = diff.clauses.filter((c) => c.status !== 'unchanged');
    expect(moved).toHaveLength(2);
    expect(moved.filter((c) => c.classification === 'substantive')).toHaveLength(1);
    expect(moved.every((c) => c.status === 'moved')).toBe(true);
  });
});
