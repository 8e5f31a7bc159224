/**
 * Change notices (第４条２, 第３条, 民法548条の4第2項): the earliest effective date a notice allows, the
 * notice's context and its rendered forms (email, お知らせ page, Atom entry), the statutory check, and
 * delivery to a recipients list as .eml files or over SMTP with a send log.
 */
export { buildNoticeContext, type EmailContext, type NoticeContext, type NoticeContextInput, type Recipient } from './context.js';
export { CLASSIFICATION_JA, STATUS_JA, summarizeChanges, type ChangeSummary, type ChangedArticle, type ChangedClause } from './changes.js';
export {
  assessEffectiveDate,
  changeNoticeRule,
  clauseLabel,
  earliestEffectiveDate,
  sendingTooLate,
  type ChangeNoticeRule,
  type EffectiveDateAssessment,
} from './effective-date.js';
export { finishEmail, renderAtomEntry, renderEmail, renderWebNotice, resolveTemplates, type RawEmail, type RenderedEmail, type TemplatesOption } from './render.js';
export { DEFAULT_TEMPLATES_DIR, TEMPLATE_FILES, loadNoticeTemplates, type NoticeTemplates, type TemplateName } from './templates.js';
export { diffUrl, feedUrl, isBaseUrl, normalizeBaseUrl, noticeUrl, versionUrl } from './urls.js';
export {
  STATUTORY_ELEMENTS,
  checkStatutoryElements,
  createStatutoryChecker,
  emailForms,
  statutoryProblems,
  type CheckedContext,
  type NoticeForm,
  type RenderedPart,
  type StatutoryChecker,
  type StatutoryElement,
} from './statutory.js';
export { isEmailAddress, readRecipients, type RecipientList, type RecipientRow } from './recipients.js';
export { parseCsv, type CsvRecord, type CsvResult } from './csv.js';
export {
  composeNoticeEmail,
  createChunkedMessageBuilder,
  createMessageBuilder,
  noticeMessageId,
  parseSender,
  type ChunkedMessageBuilder,
  type MessageBuilder,
  type MessageInput,
  type Sender,
} from './compose.js';
export { openSendLog, type SendLog, type SendLogEntry } from './send-log.js';
export { createSmtpTransport, isSmtpUrl, parseRate, redactUrl, type NoticeTransport, type SendRate, type SmtpOptions, type SmtpOutcome } from './send.js';
export { deliverNotices, emlFileName, type DeliveryEvent, type DeliveryOptions, type DeliveryReport } from './deliver.js';
export { prepareNotice, selectVersions, type PreparedNotice } from './prepare.js';
export { createEmailRenderer, type EmailRenderer } from './email-renderer.js';
