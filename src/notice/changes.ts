/**
 * The summary of changes a notice states: which 条 change and how (新設・削除・変更・移動, 内容の変更 or
 * 表記の修正), each changed clause with the reasons the new version gives for it. Read from the diff only.
 */
import type { ChangeClass, ClauseChange, ClauseStatus, TermsDiff } from '../diff/index.js';
import { groupByArticle } from '../diff/render/common.js';

/** How each status reads in a notice. */
export const STATUS_JA: Readonly<Record<ClauseStatus, string>> = {
  added: '新設',
  removed: '削除',
  modified: '変更',
  moved: '移動',
  unchanged: '変更なし',
};

/** How each classification reads in a notice. */
export const CLASSIFICATION_JA: Readonly<Record<ChangeClass, string>> = {
  substantive: '内容の変更',
  editorial: '表記の修正のみ',
};

/** One changed clause (条, 項, 号 or 付則) under its article. */
export interface ChangedClause {
  /** As people cite it, in the new version (the old one for a removed clause): 第18条第２項第１号. */
  label: string;
  status: ClauseStatus;
  statusJa: string;
  classification: ChangeClass | null;
  classificationJa: string | null;
  /** The new version's reasons for this clause (front matter `changes`). */
  reasons: string[];
  /** The clause's own text before and after (label included); null where it does not exist. */
  oldText: string | null;
  newText: string | null;
}

/** One changed article (or the 付則) with its changed clauses. */
export interface ChangedArticle {
  /** 第４条, 付則. */
  label: string;
  caption: string | null;
  /** Label and caption: 第４条（利用規約の変更）. */
  heading: string;
  status: ClauseStatus;
  statusJa: string;
  classification: ChangeClass | null;
  classificationJa: string | null;
  clauses: ChangedClause[];
}

/** The changes of a revision as a notice states them. */
export interface ChangeSummary {
  articles: ChangedArticle[];
  /** How many articles change, and how many of them in content or only in form. */
  counts: { articles: number; substantive: number; editorial: number };
}

const classificationJa = (c: ChangeClass | null): string | null => (c ? CLASSIFICATION_JA[c] : null);

/**
 * Summarises a diff article by article, in the new version's order.
 * @param diff the diff of the previous and the new version
 */
export function summarizeChanges(diff: TermsDiff): ChangeSummary {
  const changed = new Map<string, ClauseChange[]>(
    groupByArticle(diff).map(({ head, members }) => [rootKey(head.oldId, head.newId), [head, ...members].filter((c) => c.status !== 'unchanged')]),
  );
  // The summary lists only the articles that change.
  const articles = diff.summary.articles.map((a): ChangedArticle => ({
      label: a.label,
      caption: a.caption,
      heading: a.caption === null ? a.label : `${a.label}（${a.caption}）`,
      status: a.status,
      statusJa: STATUS_JA[a.status],
      classification: a.classification,
      classificationJa: classificationJa(a.classification),
      clauses: (changed.get(rootKey(a.oldId, a.newId)) ?? []).map((c) => ({
        label: c.newLabel ?? c.oldLabel ?? '',
        status: c.status,
        statusJa: STATUS_JA[c.status],
        classification: c.classification,
        classificationJa: classificationJa(c.classification),
        reasons: c.reasons,
        oldText: c.oldText,
        newText: c.newText,
      })),
    }));
  return {
    articles,
    counts: {
      articles: articles.length,
      substantive: articles.filter((a) => a.classification === 'substantive').length,
      editorial: articles.filter((a) => a.classification === 'editorial').length,
    },
  };
}

const rootKey = (oldId: string | null, newId: string | null): string => `${oldId ?? ''}→${newId ?? ''}`;
