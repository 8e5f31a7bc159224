/**
 * The longer description and help of each check, for SARIF's rule table (GitHub code scanning shows them
 * beside every alert) and the editor's hover on a finding. The one-line description stays in the rule.
 */

/** What an alert page shows about a rule. */
export interface RuleDoc {
  /** What the rule checks, in a sentence or two (Japanese / English). */
  full: string;
  /** How to fix a finding, Markdown. */
  help: string;
}

const SUPPRESS =
  '公表済みの版で本文を変えられない場合は、理由を添えて抑止します: `<!-- terms-lint-disable-next-line RULE -- 理由 -->`。';

/** Docs by rule id; a rule missing here gets its one-line description (ruleDoc). */
export const RULE_DOCS: Readonly<Record<string, RuleDoc>> = {
  'ref-target': {
    full: '第N条・第M項・第K号・…各号 の参照が、存在する条項を指すことを確かめます。他の法令への参照は対象外です。 / Every absolute reference designates a clause that exists.',
    help: '参照先の条・項・号の番号を確かめ、正しい条項を指すように直してください（例: 第36条第１項各号 → 第35条第１項各号）。',
  },
  'statute-name': {
    full: '本文が引用する法令の名称（民法、消費税法、特定商取引法 など）がプロジェクトの法令の表にあり、その版の効力発生日に有効な題名であることを確かめます。表にない名称と、改められた旧題名を報告します。 / Every statute the text cites by name is in the project’s table of laws, under the title in force on the version’s effective date; unknown names and former titles are reported.',
    help: '法令の表（src/statutes/laws.ts）に載っている現在の題名で引用してください。改題前に効力を生じた版では旧題名のままで構いません。 / Cite the law under its current title from the table (src/statutes/laws.ts); a version that took effect before the rename may keep the former title.',
  },
  'ref-caption': {
    full: '参照に添えた見出し（第N条（見出し））が参照先の条の見出しと一致することを確かめます。 / A caption repeated in a reference is the target article’s caption.',
    help: '見出しを参照先の条の見出しに合わせるか、参照の番号を直してください。',
  },
  'ref-relative': {
    full: '前条・前項・前各項・同条・前各号・次条 などが、書かれた場所で参照先を持つことを確かめます。前各項・前各号は先行する条項が二つ以上必要です。 / Relative references resolve where they stand.',
    help: '先行する項が一つなら「前各項」ではなく「前項」と書きます。',
  },
  'defined-term': {
    full: '定義語の紛らわしい書き方（本契約・本規約、定義のない「利用規約等」、全角半角違いの ユーザーID など）を報告します。 / No look-alikes of defined terms.',
    help: '第２条で定義した語をそのまま使ってください（例: 本契約 → 利用契約）。',
  },
  'document-name': {
    full: '「」で示す外部文書の名前が文書全体で一つの書き方に統一されていることを確かめます。 / An external document in 「」 is named one way throughout.',
    help: '最も多く使われている書き方に揃えてください。',
  },
  'inline-definition': {
    full: '第２条の外の定義（以下「…」という 等）が definition 注釈で登録され、scope が正しいことを確かめます。 / Inline definitions are registered with a definition annotation.',
    help: '定義を含む条項に ```rule ブロックで `kind: definition` と `term`（本条においてなら `scope: article`）を書き添えてください。',
  },
  'date-consistent': {
    full: '日付が実在し、西暦と和暦が一致することを確かめます（平成31年4月30日・令和元年5月1日）。 / Dates are real and 西暦 agrees with 和暦.',
    help: '西暦と和暦のどちらが正しいかを確かめ、もう一方を合わせてください（2018年 = 平成30年）。',
  },
  'label-style': {
    full: '本文に書いた項・号の番号が front matter の numbering（全角・半角・混在）に従い、番号の後に空白がないことを確かめます。 / Explicit labels follow the numbering style.',
    help: '番号を規約の表記に直してください（`terms lint --fix` とエディタのクイックフィックスで直せます）。',
  },
  'bracket-width': {
    full: '括弧（参照の見出しの括弧を含む）が全角で対になっていることを確かめます。 / Parentheses are full-width pairs.',
    help: '半角の括弧を全角にしてください（対になっている括弧は `terms lint --fix` とエディタのクイックフィックスで直せます）。',
  },
  'annotation-text': {
    full: '注釈の期間・割合が条項の本文に書かれ（P2M ↔ ２ヶ月）、注釈のある条項の本文の数値がすべて注釈に表れることを確かめます。 / Annotations agree with their clause’s text.',
    help: '注釈と本文のどちらが正しいかを確かめ、もう一方を合わせてください。',
  },
  'annotation-required': {
    full: '文書に必要な種類の注釈（change-notice・term・cancellation 等）がそろっていることを確かめます。 / The document carries every required annotation kind.',
    help: 'その規則を定める条項に ```rule ブロックを書き添えてください。',
  },
  'annotation-missing': {
    full: '本文が明らかに規則を定める条項（解約 + ２ヶ月前、準拠法は 等）に、その注釈があることを確かめます。 / A clause that states a rule carries its annotation.',
    help: '条項の下に ```rule ブロックでその規則を書いてください。',
  },
  'conjunction-nesting': {
    full: '並びに は 及び と、若しくは は 又は と同じ文の中で組にして使うことを確かめます（法令用語の接続の段階）。 / 並びに needs 及び and 若しくは needs 又は in the sentence.',
    help: '一段階の接続なら 及び・又は を使います（例: 商号若しくは名称 → 商号又は名称）。',
  },
  'topic-doubled': {
    full: '「…は、」の主題の直後に別の主題が続き、述語が欠けている文を報告します。 / A topic directly followed by another topic has no predicate.',
    help: '文を二つに分けるか、最初の主題に述語を補ってください。',
  },
  'suppression-reason': {
    full: '抑止コメントに理由（-- の後）が書かれていることを確かめます。 / A suppression states its reason.',
    help: '`<!-- terms-lint-disable-next-line RULE -- 理由 -->` の形で理由を書いてください。',
  },
  'suppression-unused': {
    full: '何も抑止しない抑止コメント、不明な規則を名指しする抑止コメントを報告します。 / A suppression that silences nothing is reported.',
    help: '不要になった抑止コメントを削除するか、規則の名前を直してください。',
  },
};

/**
 * The doc of a rule: its entry in RULE_DOCS, else one made of its one-line description (compile, ci and
 * textlint rules).
 * @param id the rule id
 * @param description its one-line description
 */
export function ruleDoc(id: string, description: string): RuleDoc {
  const doc = RULE_DOCS[id];
  if (doc) return { full: doc.full, help: `${doc.help}\n\n${SUPPRESS.replace('RULE', id)}` };
  return { full: description, help: `${description}\n\n${SUPPRESS.replace('RULE', id)}` };
}
