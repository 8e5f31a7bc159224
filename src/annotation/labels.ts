/**
 * What each annotation kind governs, in the words a reader uses: the site's search ranks the clause that
 * carries the rule for a thing (利用不能時の料金減額 → the sla-credit clause) before clauses that only
 * mention it. Words, not figures: nothing here states what the terms say.
 */
import type { AnnotationKind } from './schema.js';

/**
 * Each kind's subject in Japanese ('' for kinds that govern nothing a reader searches for): the one naming
 * that lint's messages (annotation-required, annotation-missing) and the site's search both use.
 */
export const KIND_SUBJECTS: Readonly<Record<AnnotationKind, string>> = {
  definitions: '用語の定義',
  definition: '',
  'notice-effect': '通知の効力発生',
  'change-notice': '規約変更の予告期間',
  jurisdiction: '合意管轄',
  'governing-law': '準拠法',
  'term-start': '利用期間の起算',
  term: '利用期間と自動更新',
  cancellation: '契約者からの解約の予告期間',
  'unpaid-fees-due': '解約時の未払料金の支払期限',
  suspension: '料金未払による提供停止',
  termination: '当社からの解約',
  'termination-ground': '料金未払による解約事由',
  discontinuation: 'サービス廃止の予告期間',
  'after-end': '契約終了後のデータの削除',
  'authorized-user-cure': '認定利用者の違反の是正期間',
  confidentiality: '秘密保持の存続期間',
  'sla-credit': '利用不能時の料金減額',
  acceleration: '解約時の未払料金の期限の利益の喪失',
  'before-end': '契約終了前の業務情報の保存',
  'fees-continue': '利用停止中の利用料金の支払',
};
