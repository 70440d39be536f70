/**
 * The document model every extractor reads: normalized text plus the blocks and
 * sentences inside it. Offsets everywhere are offsets into `Doc.text`.
 *
 * Normalized text: whitespace inside a block collapsed to one space, blocks joined by
 * one newline; a table row is its cells joined by " | ", so a flattened table can still
 * be read row by row.
 */

export type BlockKind = 'heading' | 'paragraph' | 'list-item' | 'table-row';

/** A block as an input format hands it over, before normalization. */
export interface RawBlock {
  kind: BlockKind;
  text: string;
  /** Table rows: the cells' texts (then `text` is ignored). */
  cells?: string[];
  /** Headings: 1 (title) to 6. */
  level?: number;
}

export interface Span {
  start: number;
  end: number;
}

export interface Block extends Span {
  kind: BlockKind;
  level: number | null;
  /** Table rows: where each cell sits in the normalized text. */
  cells: Span[] | null;
  /** Index of the nearest heading block before this one (or itself), -1 if none. */
  heading: number;
}

export interface Sentence extends Span {
  text: string;
  /** Index into Doc.blocks. */
  block: number;
  /**
   * Text of the section heading the sentence sits under, if any, cut to MAX_HEADING_CHARS (segment.ts): a page
   * that puts its whole policy inside one heading element must not hand every sentence the whole policy again.
   */
  heading: string | null;
  /** Index into Doc.blocks of that heading, -1 if none: compare sections by this, not by heading text. */
  headingBlock: number;
}

export interface Doc {
  text: string;
  blocks: Block[];
  sentences: Sentence[];
  /** The title the input carried (HTML <title>/Readability, first heading otherwise). */
  title: string | null;
  /** Page URL when known (browser); used by detection and vendor. */
  url: string | null;
  /** Site name from page metadata (og:site_name), when known. */
  siteName: string | null;
  /**
   * The page's first heading is its title (Readability drops such a heading from the article): the detector
   * then reads the next heading as a section's, not as the page's own name (kind.ts, docScoreInput).
   */
  titleIsFirstHeading?: boolean;
}
