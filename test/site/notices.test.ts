/**
 * The notices the site publishes are rendered and checked as `terms notice` renders and checks them: one
 * that lacks an element 民法548条の4第2項 requires is reported and not published.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadNoticeTemplates } from '../../src/notice/index.js';
import { compileProject } from '../../src/project/compile-all.js';
import { diffAll } from '../../src/site/build.js';
import { buildSiteModel, type Comparisons, type SiteDocument } from '../../src/site/model.js';
import { buildSiteNotices } from '../../src/site/notices.js';
import { copyTemplates } from '../notice/support.js';
import { TERMS_DIR } from './support.js';

let documents: SiteDocument[];
let diffs: Comparisons;
beforeAll(async () => {
  const { versions } = await compileProject(TERMS_DIR);
  documents = buildSiteModel(
    versions.map((v) => v.ruleSet),
    '2026-12-01',
  );
  diffs = await diffAll(documents);
});

describe('buildSiteNotices', () => {
  it('should publish the notice of the 2027 version, rendered with the shipped templates', () => {
    const warnings: string[] = [];
    const notices = buildSiteNotices(documents, diffs, 'https://terms.example.jp/', warnings);
    expect(warnings).toEqual([]);
    expect(notices.map((n) => n.summary.version)).toEqual(['2027-01-01']);
    expect(notices[0]?.html).toContain('2027年（令和9年）1月1日');
  });

  it('should not publish a notice whose templates drop a statutory element, and say why', () => {
    const dir = copyTemplates();
    const file = join(dir, 'atom-entry.hbs');
    const before = readFileSync(file, 'utf8');
    const after = before.split('\n').filter((l) => !/urls\.version/u.test(l)).join('\n');
    expect(after).not.toBe(before);
    writeFileSync(file, after);
    const warnings: string[] = [];
    const notices = buildSiteNotices(documents, diffs, 'https://terms.example.jp/', warnings, loadNoticeTemplates(dir, dir));
    expect(notices).toEqual([]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/^terms\/knet-cloud\/2027-01-01\.md: お知らせを公開しません \/ notice for knet-cloud 2027-01-01 not published: Atom エントリ/u);
  });
});
