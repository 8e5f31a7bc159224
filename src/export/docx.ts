/**
 * One version of the terms as a Word document, from its rule set: the title (Word's Title style),
 * 章 and 附則 as 見出し 1, 条 as 見出し 2 with their captions, 項・号・号の細分 as paragraphs that start with
 * their labels as written and hang from them as printed Japanese law does. The company and 施行日 stand
 * in the page header, the page number in the footer, so the body holds the terms and nothing else.
 */
import { AlignmentType, Document, Footer, Header, HeadingLevel, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { formatDateJa } from '../period/index.js';
import type { Item, Paragraph as TermsParagraph, RuleSet, Subitem1 } from '../ruleset/schema.js';
import { labelSeparator } from './labels.js';
import { a4Page, CHAR, WORD_STYLES } from './word-style.js';

/** A clause's line: its label as written (if any) and its sentence. */
function clauseText(clause: TermsParagraph | Item | Subitem1): string {
  return clause.label ? `${clause.label}${labelSeparator(clause.label)}${clause.sentence}` : clause.sentence;
}

function paragraphs(list: readonly TermsParagraph[]): Paragraph[] {
  const out: Paragraph[] = [];
  for (const p of list) {
    // An unnumbered first 項 is indented by one character; a numbered one hangs from its label.
    const indent = p.label ? { left: CHAR, hanging: CHAR } : { firstLine: CHAR };
    out.push(new Paragraph({ indent, alignment: AlignmentType.JUSTIFIED, children: [new TextRun(clauseText(p))] }));
    for (const item of p.items) {
      out.push(new Paragraph({ indent: { left: CHAR * 4, hanging: CHAR * 3 }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun(clauseText(item))] }));
      for (const sub of item.subitems) {
        out.push(new Paragraph({ indent: { left: CHAR * 6, hanging: CHAR * 2 }, alignment: AlignmentType.JUSTIFIED, children: [new TextRun(clauseText(sub))] }));
      }
    }
  }
  return out;
}

/** 2027年（令和9年）1月1日施行, or the date as written when it is not one. */
function effectiveWords(effective: string): string {
  try {
    return `${formatDateJa(effective)}施行`;
  } catch {
    return `${effective} 施行`;
  }
}

/**
 * The body of a version as Word paragraphs (title, chapters, articles, 附則).
 * @param ruleSet the version
 */
export function versionParagraphs(ruleSet: RuleSet): Paragraph[] {
  const out: Paragraph[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(ruleSet.meta.title)] })];
  const chapters = new Map(ruleSet.chapters.map((c) => [c.id, c]));
  let chapter: string | null = null;
  for (const article of ruleSet.articles) {
    if (article.chapter !== null && article.chapter !== chapter) {
      out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(chapters.get(article.chapter)?.title ?? '')] }));
    }
    chapter = article.chapter;
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${article.title}${article.caption?.written ?? ''}`)] }));
    out.push(...paragraphs(article.paragraphs));
  }
  const suppl = ruleSet.supplProvision;
  if (suppl) {
    out.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(suppl.label)] }));
    out.push(...paragraphs(suppl.paragraphs));
  }
  return out;
}

/**
 * Writes one version of the terms as a Word document (.docx).
 * @param ruleSet the version's rule set
 * @returns the file's bytes
 */
export async function exportVersionDocx(ruleSet: RuleSet): Promise<Uint8Array> {
  const { meta } = ruleSet;
  const doc = new Document({
    title: meta.title,
    creator: meta.company,
    description: `${meta.title}（${effectiveWords(meta.effective)}）`,
    styles: WORD_STYLES,
    sections: [
      {
        properties: { page: a4Page('portrait') },
        headers: {
          default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: `${meta.company}　${meta.title}（${effectiveWords(meta.effective)}）`, size: 18 })] })] }),
        },
        footers: {
          default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'], size: 18 })] })] }),
        },
        children: versionParagraphs(ruleSet),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
