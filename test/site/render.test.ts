/**
 * The pre-rendered pages from the real rule sets: anchors, references, defined terms, escaping, and the
 * choice of the version in force. Pure functions: no browser needed.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { compileProject } from '../../src/project/compile-all.js';
import type { Reference, RuleSet } from '../../src/ruleset/schema.js';
import { escapeHtml, html, raw } from '../../src/site/html.js';
import { buildSiteModel, versionPairs } from '../../src/site/model.js';
import { basePathOf, fileOf, sitePaths } from '../../src/paths/index.js';
import { bodyContext, renderBody } from '../../src/site/render/clause.js';
import { renderReference } from '../../src/site/render/reference.js';
import { diffUrl, noticeUrl, versionUrl } from '../../src/notice/index.js';
import { TERMS_DIR } from './support.js';

let v2018: RuleSet;
let v2027: RuleSet;

beforeAll(async () => {
  const { versions } = await compileProject(TERMS_DIR);
  [v2018, v2027] = versions.map((v) => v.ruleSet) as [RuleSet, RuleSet];
});

/** The body of a rule set as HTML. */
const body = (ruleSet: RuleSet) => renderBody(bodyContext(ruleSet)).value;

/** Every id attribute in some HTML. */
const ids = (markup: string) => [...markup.matchAll(/ id="([^"]+)"/gu)].map((m) => m[1]);

describe('html', () => {
  it('should escape interpolated text and keep markup', () => {
    expect(html`<p title="${'"x"'}">${'<b>&'}${raw('<i>ok</i>')}${['<', html`<br>`]}${null}${false}</p>`.value).toBe(
      '<p title="&quot;x&quot;">&lt;b&gt;&amp;<i>ok</i>&lt;<br></p>',
    );
    expect(escapeHtml(`'`)).toBe('&#39;');
  });
});

describe('the body of a version', () => {
  it('should give every article, paragraph, item and the 付則 its id, once', () => {
    const markup = body(v2018);
    const found = ids(markup);
    expect(new Set(found).size).toBe(found.length);
    const expected = v2018.articles.flatMap((a) => [a.id, ...a.paragraphs.flatMap((p) => [p.id, ...p.items.flatMap((i) => [i.id, ...i.subitems.map((s) => s.id)])])]);
    for (const id of [...expected, 'suppl', 'suppl-p1', 'ch-1']) expect(found).toContain(id);
  });

  it('should link every resolved reference to its target and keep the text as written', () => {
    const markup = body(v2018);
    expect(markup).toContain('<a class="ref" href="#art-15-p1" title="第15条第１項">第15条（当社からの利用契約の解約）第１項各号</a>');
    expect(markup).toContain('<a class="ref" href="#art-12-p1" title="第12条第１項〜第12条第３項">前各項</a>');
    const links = [...markup.matchAll(/<a class="ref" href="#([^"]+)"/gu)].map((m) => m[1]);
    const resolvable = v2018.references.filter((r) => r.kind !== 'external' && (r.target ?? r.targets[0]));
    expect(links).toHaveLength(resolvable.length);
    for (const target of links) expect(ids(markup)).toContain(target);
  });

  it('should leave references to other laws as text', () => {
    const markup = body(v2018);
    expect(markup).toContain('<span class="ref-external">第２１８条（令状による差押え・捜索・検証）</span>');
  });

  it('should mark an unresolved reference and keep a misplaced one as text', () => {
    const names = new Map<string, string>();
    const unresolved: Reference = { ...(v2018.references[0] as Reference), kind: 'absolute', text: '第99条', target: null, targets: [] };
    expect(renderReference(unresolved, names).value).toBe(
      '<span class="ref-unresolved" title="参照先が見つかりません">第99条<span class="ref-marker" aria-hidden="true">?</span><span class="vh">（参照先が見つかりません）</span></span>',
    );
    const misplaced = { ...v2018, references: v2018.references.map((r) => (r.from === 'art-12-p3' ? { ...r, offset: r.offset + 3 } : r)) };
    const markup = body(misplaced);
    const clause = markup.slice(markup.indexOf('id="art-12-p3"'), markup.indexOf('id="art-12-p4"'));
    expect(clause.includes('class="ref"')).toBe(false);
    const text = clause.replace(/<span class="tip"[^]*?<\/span>|<[^>]+>/gu, '');
    expect(text.includes('契約者が第15条（当社からの利用契約の解約）第１項各号のいずれか')).toBe(true);
  });

  it('should link the first use of a defined term in each article to its definition, with a tooltip', () => {
    const markup = body(v2018);
    const art12 = markup.slice(markup.indexOf('id="art-12"'), markup.indexOf('id="art-13"'));
    const uses = [...art12.matchAll(/<a class="term" href="#([^"]+)" aria-describedby="([^"]+)">([^<]+)<\/a>/gu)];
    const terms = uses.map((m) => m[3]);
    expect(new Set(terms).size).toBe(terms.length);
    expect(terms).toContain('利用契約等');
    const use = uses.find((m) => m[3] === '利用契約等');
    expect(use?.[1]).toBe('art-2-p1-i4');
    expect(art12).toContain(`<span class="tip" role="tooltip" id="${use?.[2]}"><b>利用契約等</b> 利用契約及び利用規約（第２条第４号）</span>`);
  });

  it('should mark where a term is defined with <dfn>, not with a link to itself', () => {
    const markup = body(v2018);
    expect(markup).toContain('<span class="label">（１）</span>自己及び自己の役員が<dfn>反社会的勢力</dfn>');
    expect(markup).toContain('<span class="label">（３）</span><dfn>利用契約</dfn> ');
    const item = markup.slice(markup.indexOf('id="art-28-p1-i1"'), markup.indexOf('id="art-28-p1-i2"'));
    expect(item).not.toContain('<a class="term" href="#art-28-p1-i1"');
  });

  it('should escape the text of the terms', () => {
    const tampered = structuredClone(v2018);
    const paragraph = tampered.articles[0]?.paragraphs[0];
    if (!paragraph) throw new Error('no paragraph');
    paragraph.sentence = '<script>alert(1)</script> & "当社"';
    const markup = body(tampered);
    expect(markup.includes('<script>')).toBe(false);
    expect(markup.includes('&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;')).toBe(true);
  });
});

describe('the site model', () => {
  it('should show the latest version in force and list later ones as upcoming', () => {
    const [before] = buildSiteModel([v2027, v2018], '2026-12-31');
    expect(before?.shown.ruleSet.meta.version).toBe('2018-04-20');
    expect(before?.versions.map((v) => v.status)).toEqual(['current', 'upcoming']);
    const [after] = buildSiteModel([v2018, v2027], '2027-01-01');
    expect(after?.shown.ruleSet.meta.version).toBe('2027-01-01');
    expect(after?.versions.map((v) => v.status)).toEqual(['past', 'current']);
    const [early] = buildSiteModel([v2018], '2018-04-19');
    expect(early?.current).toBeNull();
    expect(early?.shown.status).toBe('upcoming');
  });

  it('should pair each revision and each version with the shown one, older first, marking the consecutive ones', () => {
    const third = { ...v2027, meta: { ...v2027.meta, version: '2028-04-01', effective: '2028-04-01' } };
    const [doc] = buildSiteModel([third, v2018, v2027], '2026-12-31');
    if (!doc) throw new Error('no document');
    const named = (d: typeof doc) => versionPairs(d).map((p) => `${p.from.meta.version}...${p.to.meta.version}${p.consecutive ? ' (revision)' : ''}`);
    expect(named(doc)).toEqual(['2018-04-20...2027-01-01 (revision)', '2018-04-20...2028-04-01', '2027-01-01...2028-04-01 (revision)']);
    // Four versions, the last shown: 2018…2028 is neither a revision nor against the shown one, so it is not pre-rendered.
    const fourth = { ...v2027, meta: { ...v2027.meta, version: '2029-04-01', effective: '2029-04-01' } };
    const [four] = buildSiteModel([fourth, third, v2018, v2027], '2029-05-01');
    if (!four) throw new Error('no document');
    expect(named(four)).toEqual([
      '2018-04-20...2027-01-01 (revision)',
      '2018-04-20...2029-04-01',
      '2027-01-01...2028-04-01 (revision)',
      '2027-01-01...2029-04-01',
      '2028-04-01...2029-04-01 (revision)',
    ]);
  });
});

describe('paths', () => {
  it('should be the pages the notices link to', () => {
    for (const baseUrl of ['http://localhost:4173/', 'https://terms.example.jp/legal/']) {
      const paths = sitePaths(basePathOf(baseUrl));
      const absolute = (path: string) => new URL(path, baseUrl).href;
      expect(absolute(paths.version('knet-cloud', '2027-01-01'))).toBe(versionUrl(baseUrl, 'knet-cloud', '2027-01-01'));
      expect(absolute(paths.diff('knet-cloud', '2018-04-20', '2027-01-01'))).toBe(diffUrl(baseUrl, 'knet-cloud', '2018-04-20', '2027-01-01'));
      expect(absolute(paths.notice('knet-cloud', '2027-01-01'))).toBe(noticeUrl(baseUrl, 'knet-cloud', '2027-01-01'));
    }
  });

  it('should write each page as an index.html under the base path', () => {
    expect(fileOf('/', '/knet-cloud/diff/2018-04-20...2027-01-01/')).toBe('knet-cloud/diff/2018-04-20...2027-01-01/index.html');
    expect(fileOf('/legal/', '/legal/')).toBe('index.html');
    expect(fileOf('/legal/', '/legal/feed.xml')).toBe('feed.xml');
  });
});
