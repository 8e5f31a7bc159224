/**
 * One version of the terms as PDF: the site's own rendering of the body (src/site/render) in a page of
 * its own with the site's styles (site/styles.css, print media), printed by Chromium (print.ts). The
 * company and 施行日 run in the page header and the page number in the footer, as in the Word export.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { escapeHtml } from '../diff/render/common.js';
import { formatDateJa } from '../period/index.js';
import { PACKAGE_ROOT } from '../project/root.js';
import type { RuleSet } from '../ruleset/schema.js';
import { bodyContext, renderBody } from '../site/render/clause.js';
import { labelSeparator } from './labels.js';
import { printPdf } from './print.js';

/**
 * Additions to the site's print styles for a PDF: the Japanese faces Chromium finds on Linux (IPA明朝
 * from fonts-ipafont-mincho) in the serif stack; no synthesised bold (IPA明朝 has none, and Chromium
 * would draw it as Type 3 glyphs, which PDF readers cannot turn back into text); labels set close to
 * their text as printed law is.
 */
export const PRINT_FONTS = `:root { --serif: "Hiragino Mincho ProN", "Yu Mincho", YuMincho, "Noto Serif JP", "Noto Serif CJK JP", "IPAMincho", "IPAexMincho", serif; }
html, body { font-family: var(--serif); font-synthesis: none; max-width: none; }
.terms-body, .wrap { max-width: none; }
.label { margin-right: 0; }
`;

/** A running header or footer line for Chromium's templates (small Mincho text). */
export function runningLine(content: string, align: 'left' | 'center' | 'right'): string {
  return `<div style="box-sizing:border-box;width:100%;padding:0 16mm;font-size:8pt;font-family:'IPAMincho','Yu Mincho',serif;text-align:${align};">${content}</div>`;
}

function effectiveWords(effective: string): string {
  try {
    return `${formatDateJa(effective)}施行`;
  } catch {
    return `${effective} 施行`;
  }
}

/**
 * A label that ends in a letter or digit (イ, law-style ２) is followed by a full-width space in print, as
 * in the Word export: the site sets it apart with a margin, which is no character when the PDF is read.
 */
function withLabelSpaces(body: string): string {
  return body.replace(/<span class="label">([^<]*)<\/span>/gu, (whole, label: string) => {
    const space = labelSeparator(label.replace(/&[a-z#0-9]+;/giu, 'x'));
    return space ? `<span class="label">${label}${space}</span>` : whole;
  });
}

/**
 * The printable HTML document of a version (what is printed to PDF).
 * @param ruleSet the version
 * @param styles the site's stylesheet
 */
export function versionHtml(ruleSet: RuleSet, styles: string): string {
  const { meta } = ruleSet;
  return [
    '<!DOCTYPE html>',
    '<html lang="ja">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(meta.title)}</title>`,
    `<style>\n${styles}\n${PRINT_FONTS}</style>`,
    '</head>',
    '<body>',
    '<main class="wrap">',
    '<article class="terms">',
    `<header class="doc-header"><h1>${escapeHtml(meta.title)}</h1></header>`,
    `<div class="terms-body">${withLabelSpaces(String(renderBody(bodyContext(ruleSet))))}</div>`,
    '</article>',
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

/**
 * Prints one version of the terms to PDF.
 * @param ruleSet the version's rule set
 * @returns the PDF's bytes
 */
export async function exportVersionPdf(ruleSet: RuleSet): Promise<Uint8Array> {
  const { meta } = ruleSet;
  const styles = await readFile(join(PACKAGE_ROOT, 'site', 'styles.css'), 'utf8');
  return printPdf(versionHtml(ruleSet, styles), {
    header: runningLine(escapeHtml(`${meta.company}　${meta.title}（${effectiveWords(meta.effective)}）`), 'right'),
    footer: runningLine('- <span class="pageNumber"></span> -', 'center'),
  });
}
