/**
 * The part of mammoth's document model the Word reader walks (mammoth ships no types for it).
 */

/** Any element of mammoth's document model. */
export interface MammothNode {
  type: string;
  children?: MammothNode[];
  /** text */
  value?: string;
  /** paragraph, run */
  styleName?: string | null;
  styleId?: string | null;
  /** run */
  isBold?: boolean;
  /** break: `line`, `page`, `column` */
  breakType?: string;
  /** image */
  altText?: string;
  /** noteReference */
  noteType?: string;
  noteId?: string;
}

/** A footnote or endnote. */
export interface MammothNote {
  noteType: string;
  noteId: string;
  body: MammothNode[];
}

/** The root of the model. */
export interface MammothDocument extends MammothNode {
  notes: { resolve(reference: MammothNode): MammothNote | null };
  comments: Array<{ body: MammothNode[] }>;
}
