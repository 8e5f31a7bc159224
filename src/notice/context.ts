/**
 * Everything a notice template may print, computed once: dates already written in Japanese, URLs already
 * built, the summary of changes already grouped. Templates run in strict mode, so the context is the
 * complete list of variables (templates/notice/README.md documents it for the legal team).
 */
import { renderComparisonTableHtml, type TermsDiff } from '../diff/index.js';
import { durationToJapanese, formatDateJa, type IsoDate } from '../period/index.js';
import type { RuleSet } from '../ruleset/schema.js';
import { summarizeChanges, type ChangeSummary } from './changes.js';
import { assessEffectiveDate, changeNoticeRule, clauseLabel } from './effective-date.js';
import { diffUrl, feedUrl, noticeUrl, versionUrl } from './urls.js';
import { citation } from '../ruleset/cite.js';
import { parseClauseId } from '../ruleset/ids.js';

/** What {@link buildNoticeContext} needs. */
export interface NoticeContextInput {
  /** The version in force, whose change-notice rule governs the change. */
  previous: RuleSet;
  /** The new version. */
  next: RuleSet;
  /** The diff of the two (`diffRuleSets(previous, next)`). */
  diff: TermsDiff;
  /** The day the notice is given (sent or posted). */
  noticeDate: IsoDate;
  /** The site's base URL (`https://terms.knet.example/`). */
  baseUrl: string;
  /** Whether the change is urgent (第４条２ ただし書); defaults to the new version's front matter. */
  urgent?: boolean;
  /** Why it is urgent; defaults to the new version's `urgentReason`. */
  reason?: string;
  /**
   * A rehearsal: every form is a draft (subject 【下書き】, a banner, the `X-Knet-Terms-Draft: yes` header,
   * `.draft` file names), never a notice. Default false.
   */
  draft?: boolean;
  /**
   * The Date header of the emails (ISO 8601 with offset), or null for the moment each is composed: a notice
   * written ahead of its date is dated on it (`2026-11-30T00:00:00+09:00`); one sent is dated when sent.
   */
  mailDate?: string | null;
}

/** The values every notice template can use. */
export interface NoticeContext {
  document: { id: string; title: string; company: string };
  /** The version being replaced and when it took effect, in Japanese. */
  previous: { version: string; effectiveJa: string };
  /** The new version. */
  next: { version: string };
  noticeDate: IsoDate;
  /** 2026年（令和8年）11月30日. */
  noticeDateJa: string;
  /** When the new version takes effect (効力発生時期). */
  effectiveDate: IsoDate;
  /** 2027年（令和9年）1月1日. */
  effectiveDateJa: string;
  /** The rule the notice is given under (第４条２ of the version in force). */
  notice: {
    /** 第４条第２項. */
    clause: string;
    /** 1ヶ月. */
    period: string;
    /** The earliest effective date the notice date allows, and in Japanese. */
    earliestEffectiveDate: IsoDate;
    earliestEffectiveDateJa: string;
    /** Whether the change takes effect earlier than the period allows because it is urgent. */
    urgent: boolean;
    /** The reason given for the urgency, or null. */
    urgentReason: string | null;
  };
  urls: {
    /** The new version's page: the full new text (変更後の内容). */
    version: string;
    /** The previous version's page. */
    previousVersion: string;
    /** The diff page (新旧対照表). */
    diff: string;
    /** The お知らせ page. */
    notice: string;
    /** The site's Atom feed. */
    feed: string;
  };
  changes: ChangeSummary;
  /** Every correction the new version lists, with the clause as people cite it. */
  corrections: Array<{ clause: string; label: string; reason: string }>;
  /** The 新旧対照表 as an HTML fragment (from the diff). */
  comparisonTableHtml: string;
  /** Atom timestamps (the notice date at 00:00 in Japan) and the entry's id. */
  atom: { id: string; published: string; updated: string };
  /**
   * Why the change binds without each customer's consent (民法548条の4第1項), from the new version's front
   * matter, or null when it states none (a version that changes no content).
   */
  justification: NoticeJustification | null;
  /** Whether this is a rehearsal whose forms are drafts (templates may show it; the code marks them anyway). */
  draft: boolean;
  /** The emails' Date header, or null for the time of composing. */
  mailDate: string | null;
}

/** The 民法548条の4第1項 statement of a notice. */
export interface NoticeJustification {
  /** `general-interest` (第1号) or `reasonable` (第2号). */
  basis: 'general-interest' | 'reasonable';
  /** 民法第548条の4第1項第1号 / 民法第548条の4第1項第2号. */
  law: string;
  /** The basis in a sentence's words: 契約者の一般の利益に適合する変更 / …に照らして合理的な変更. */
  basisJa: string;
  necessity: string | null;
  appropriateness: string | null;
  circumstances: string | null;
  interest: string | null;
  /**
   * The terms' own change clause, which provides that the terms may change (a circumstance 第2号 names):
   * the article of the version in force that holds its change-notice rule (第４条), and with its caption.
   */
  changeClause: string;
  changeClauseHeading: string;
}

/** A notice's addressee, from the recipients CSV. */
export interface Recipient {
  name: string;
  email: string;
  /** Contract id (契約番号): one notice per contract. */
  contract: string;
}

/** The context of one email: the notice's and its recipient. */
export type EmailContext = NoticeContext & { recipient: Recipient };

/**
 * Builds the context of a change notice.
 * @param input the two versions, their diff, the notice date, the site's base URL, and urgency
 * @throws TermsError when the previous version has no usable change-notice rule
 */
export function buildNoticeContext(input: NoticeContextInput): NoticeContext {
  const { previous, next, diff, noticeDate, baseUrl } = input;
  const { document, title, company } = next.meta;
  const urgent = input.urgent ?? next.meta.urgent;
  const urgentReason = input.reason ?? next.meta.urgentReason;
  const rule = changeNoticeRule(previous);
  const assessment = assessEffectiveDate({ previous, next, noticeDate, urgent, reason: urgentReason });
  const labels = new Map(diff.clauses.filter((c) => c.newId !== null).map((c) => [c.newId, c.newLabel]));
  const timestamp = `${noticeDate}T00:00:00+09:00`;
  const notice = noticeUrl(baseUrl, document, next.meta.version);
  return {
    document: { id: document, title, company },
    previous: { version: previous.meta.version, effectiveJa: formatDateJa(previous.meta.effective) },
    next: { version: next.meta.version },
    noticeDate,
    noticeDateJa: formatDateJa(noticeDate),
    effectiveDate: next.meta.effective,
    effectiveDateJa: formatDateJa(next.meta.effective),
    notice: {
      clause: clauseLabel(previous, rule.clause),
      period: durationToJapanese({ n: rule.notice.n, unit: rule.notice.unit }),
      earliestEffectiveDate: assessment.earliest,
      earliestEffectiveDateJa: formatDateJa(assessment.earliest),
      urgent: assessment.urgentApplied,
      urgentReason: assessment.urgentApplied ? (urgentReason ?? null) : null,
    },
    urls: {
      version: versionUrl(baseUrl, document, next.meta.version),
      previousVersion: versionUrl(baseUrl, document, previous.meta.version),
      diff: diffUrl(baseUrl, document, previous.meta.version, next.meta.version),
      notice,
      feed: feedUrl(baseUrl),
    },
    changes: summarizeChanges(diff),
    corrections: diff.corrections.map((c) => ({
      clause: c.clause,
      label: labels.get(c.clause) ?? clauseLabel(next, c.clause),
      reason: c.reason,
    })),
    comparisonTableHtml: renderComparisonTableHtml(diff),
    atom: { id: notice, published: timestamp, updated: timestamp },
    justification: justificationOf(next, previous, rule.clause),
    draft: input.draft ?? false,
    mailDate: input.mailDate ?? null,
  };
}

const BASIS_JA: Record<NoticeJustification['basis'], { law: string; basisJa: string }> = {
  'general-interest': { law: '民法第548条の4第1項第1号', basisJa: '契約者の一般の利益に適合する変更' },
  reasonable: {
    law: '民法第548条の4第1項第2号',
    basisJa: '契約をした目的に反せず、かつ、変更の必要性、変更後の内容の相当性、利用規約の変更をすることがある旨の定めの有無及びその内容その他の変更に係る事情に照らして合理的な変更',
  },
};

/**
 * The statement of 民法548条の4第1項 for a notice.
 * @param next the new version (its front matter states the basis)
 * @param previous the version in force: its change clause is the one customers agreed to
 * @param changeRuleClause the clause of the previous version's change-notice rule (art-4-p2)
 */
function justificationOf(next: RuleSet, previous: RuleSet, changeRuleClause: string): NoticeJustification | null {
  const j = next.meta.justification;
  if (!j) return null;
  const article = parseClauseId(changeRuleClause)?.root ?? changeRuleClause;
  return {
    basis: j.basis,
    ...BASIS_JA[j.basis],
    necessity: j.necessity?.trim() || null,
    appropriateness: j.appropriateness?.trim() || null,
    circumstances: j.circumstances?.trim() || null,
    interest: j.interest?.trim() || null,
    changeClause: clauseLabel(previous, article),
    changeClauseHeading: citation(previous, article, { caption: true }) ?? clauseLabel(previous, article),
  };
}
