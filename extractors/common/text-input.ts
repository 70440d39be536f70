import { nextItemBegins } from './clause';
import type { RawBlock } from './doc';
import { blocksFromHtmlFragment, decodeEntities } from './html-fragment';

/** A hard-wrapped paragraph's block and its lines, joined into its text once the input is read. */
interface Wrapped {
  block: RawBlock;
  lines: string[];
  length: number;
}

/**
 * Plain text and Markdown → blocks. One line is one block unless a hard-wrapped
 * paragraph continues on the next line; "a | b | c" lines are table rows.
 */
export function blocksFromText(input: string): RawBlock[] {
  const { head, lines: read } = frontMatter((input.includes('\r') ? input.replace(/\r\n?/g, '\n') : input).split('\n'));
  const mdx = mdxModuleLines(read);
  if (mdx.title !== null && head.length === 0) head.push({ kind: 'heading', text: mdx.title, level: 1 });
  const lines = withPandocTablesAsPipes(mdx.lines);
  const blocks: RawBlock[] = [...head];
  let previous: RawBlock | null = null;
  let previousWasBlank = true;
  // An HTML block (CommonMark's kind 6): from a line opening with a block-level tag to the next blank line.
  let html: string[] | null = null;
  const endHtml = () => {
    if (html) blocks.push(...blocksFromHtmlFragment(html.join('\n')));
    html = null;
  };
  // A GFM table whose rows have one pipe ("Plan | Uptime"): known by the delimiter row under its header.
  let pipeTable = false;
  // The physical line that ended the previous block, and the hard-wrapped paragraphs' lines, joined at the end.
  let previousLine = '';
  let wrapped: Wrapped | null = null;
  const paragraphs: Wrapped[] = [];
  for (let n = 0; n < lines.length; n++) {
    const line = (lines[n] as string).trim();
    if (line === '') {
      endHtml();
      previousWasBlank = true;
      previous = null;
      pipeTable = false;
      continue;
    }
    if (!line.includes('|')) pipeTable = false;
    else if (html === null && (pipeTable || isDelimiterRow((lines[n + 1] ?? '').trim()))) {
      pipeTable = true;
      if (!isDelimiterRow(line)) blocks.push(tableRow(line));
      previous = null;
      previousWasBlank = false;
      continue;
    }
    if (html !== null || HTML_BLOCK_START.test(line)) {
      if (html === null) html = [];
      html.push(line);
      previous = null;
      previousWasBlank = false;
      continue;
    }
    const block = classifyLine(line, previousWasBlank);
    previousWasBlank = false;
    if (block === null) continue; // markdown table separator, horizontal rule
    // A hard-wrapped paragraph: the previous line ran long without ending, and this one
    // starts in lower case, or the previous one stopped on a word no sentence ends on ("… paid or payable by" /
    // "Customer to Liquibase within …"), or on an abbreviation a sentence goes on after ("… ONE HUNDRED U.S." /
    // "DOLLARS (US$100).").
    if (
      previous &&
      (previous.kind === 'paragraph' || previous.kind === 'list-item') &&
      block.kind === 'paragraph' &&
      (wrapped?.block === previous ? wrapped.length : previous.text.length) >= 50 &&
      // "…; and" then "23.1.4. conducted …": one numbered item ended, the next begins.
      !nextItemBegins(previousLine, block.text) &&
      (ABBREVIATION_END.test(previousLine) ||
        (COMPANY_FORM_END.test(previousLine) && /^[(,a-z]/.test(block.text)) ||
        (!/[.:;!?|]$/.test(previousLine) &&
          (/^[a-z(]/.test(block.text) ||
            FUNCTION_WORD_END.test(previousLine) ||
            opensBold(previousLine) ||
            (inCapitals(previousLine) && inCapitals(block.text)))))
    ) {
      // The lines are joined once the paragraph ends: appending to the text and reading its end for every line
      // would copy the whole paragraph each time (V8 flattens a string built by += when it is read).
      let current = wrapped as Wrapped | null;
      if (current?.block !== previous) {
        current = { block: previous, lines: [previous.text], length: previous.text.length };
        paragraphs.push(current);
        wrapped = current;
      }
      current.lines.push(block.text);
      current.length += 1 + block.text.length;
      previousLine = block.text;
      continue;
    }
    blocks.push(block);
    previous = block;
    previousLine = block.text;
  }
  endHtml();
  // Emphasis may open on one line of a wrapped paragraph and close on the next ("(**npm" / "Offerings**)").
  for (const p of paragraphs) p.block.text = stripEmphasis(p.lines.join(' '));
  listsOfNumberedLines(blocks);
  return blocks;
}

/** Consecutive numbered short lines that make a list, not sections: at least this many with nothing between. */
const MIN_NUMBERED_RUN = 4;
const NUMBERED = /^\d{1,3}[.)]\s/;

/**
 * A run of numbered short lines with no text between them ("1. Audit Rights", "2. Cap on Liability", "3. Change of
 * Control" …) is a list or a table of contents, not a row of sections with nothing in them: its lines are list items.
 * Only lines read as headings for their shape (level 2, no "#"); a section's heading has its text under it.
 */
function listsOfNumberedLines(blocks: RawBlock[]): void {
  let runStart = -1;
  const close = (end: number) => {
    if (runStart >= 0 && end - runStart >= MIN_NUMBERED_RUN)
      for (let k = runStart; k < end; k++) (blocks[k] as RawBlock).kind = 'list-item';
    runStart = -1;
  };
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i] as RawBlock;
    if (b.kind === 'heading' && b.level === 2 && guessedHeadings.has(b) && NUMBERED.test(b.text)) {
      if (runStart < 0) runStart = i;
    } else close(i);
  }
  close(blocks.length);
}
/** Headings read from a line's shape alone (looksLikeHeading), not marked as headings by the writer. */
const guessedHeadings = new WeakSet<RawBlock>();

/**
 * A line opening with a block-level tag starts an HTML block in Markdown: the page shows its text and tables, not
 * its tags ("<table>", "<td>Credit Tier 1</td>", "<div class=\"note\">"). Inline tags ("<span>") are left to
 * stripInlineMarkdown, and "< 2 hours" or an autolink is no tag.
 */
const HTML_BLOCK_START =
  /^<\/?(?:table|thead|tbody|tfoot|tr|td|th|caption|div|p|ul|ol|li|h[1-6]|section|article|details|summary|center|blockquote|dl|dt|dd|figure|figcaption|hr)(?=[\s/>]|$)/i;

/**
 * YAML front matter (Jekyll, Hugo, Docusaurus): a `---` line, `key: value` lines, a closing `---`.
 * It is page metadata, not text, with two exceptions a reader of the page does see: a title
 * (`title:`, `arabic_title:` …) is the document's heading, and a block scalar (`text: |-` followed
 * by indented lines) is body text some sites keep there. Other keys (layout, date, menu…) are
 * dropped: a `date:` is when the file was written, not the date the document states.
 * Anything that does not look like front matter is read as ordinary lines.
 */
export function frontMatter(lines: string[]): { head: RawBlock[]; lines: string[] } {
  if (lines[0]?.trim() === '+++') return tomlFrontMatter(lines);
  if (MMD_TITLE.test(lines[0] ?? '')) return metadataLines(lines);
  if (lines[0]?.trim() !== '---') return { head: [], lines };
  let close = -1;
  let sawKey = false;
  for (let i = 1; i < lines.length; i++) {
    const l = lines[i] as string;
    if (l.trim() === '---' || l.trim() === '...') {
      close = i;
      break;
    }
    // Top-level lines must be keys or comments; indented lines, and a list's "- item" lines (YAML lets a sequence
    // under a key start at its key's column: "categories:\n- legal"), belong to the key above.
    if (FM_KEY.test(l)) sawKey = true;
    else if (l.trim() !== '' && !/^\s/.test(l) && !/^#/.test(l) && !(sawKey && /^- /.test(l)))
      return { head: [], lines };
  }
  if (close < 2) return { head: [], lines };
  const head: RawBlock[] = [];
  const body: string[] = [];
  for (let i = 1; i < close; i++) {
    const m = FM_KEY.exec(lines[i] as string);
    if (!m) continue;
    const key = m[1] as string;
    const value = (m[2] ?? '').trim();
    if (/^[|>][-+]?\d?$/.test(value)) {
      // A block scalar: the indented lines under it, de-indented, are Markdown.
      let j = i + 1;
      let indent = -1;
      for (; j < close; j++) {
        const l = lines[j] as string;
        if (l.trim() === '') {
          body.push('');
          continue;
        }
        const lead = (/^\s*/.exec(l) as RegExpExecArray)[0].length;
        if (lead === 0) break;
        if (indent < 0) indent = lead;
        body.push(l.slice(Math.min(indent, lead)));
      }
      body.push('');
      i = j - 1;
      continue;
    }
    if (FM_TITLE.test(key) && value !== '') {
      const text = value.replace(/^(["'])(.*)\1$/, '$2').trim();
      if (text) head.push({ kind: 'heading', text: stripInlineMarkdown(text), level: 1 });
    }
  }
  return { head, lines: [...body, ...lines.slice(close + 1)] };
}

/**
 * MDX's module lines at the top of a page (Docusaurus, Next.js, Nextra): `import Layout from '…'` and `export const
 * meta = { title: '…' }`. The reader of the page sees none of them; the exported object's `title` is the page's title,
 * as front matter's is. Only whole statements at the top are taken (an export's brackets must close within 200 lines),
 * and only exported values: an exported function or component is the page itself, its text inside.
 */
function mdxModuleLines(lines: string[]): { title: string | null; lines: string[] } {
  let i = 0;
  let title: string | null = null;
  while (i < lines.length) {
    const line = lines[i] as string;
    if (line.trim() === '' || MDX_IMPORT.test(line)) {
      i++;
      continue;
    }
    if (!MDX_EXPORT.test(line)) break;
    let depth = 0;
    let j = i;
    for (; j < lines.length && j < i + 200; j++) {
      for (const ch of lines[j] as string) {
        if (ch === '{' || ch === '[' || ch === '(') depth++;
        else if (ch === '}' || ch === ']' || ch === ')') depth--;
      }
      if (depth <= 0) break;
    }
    if (depth > 0 || j >= lines.length) break;
    title ??= MDX_TITLE.exec(lines.slice(i, j + 1).join('\n'))?.[2]?.trim() || null;
    i = j + 1;
  }
  // Nothing skipped, or only blank lines: no module code.
  if (lines.slice(0, i).every((l) => l.trim() === '')) return { title: null, lines };
  return { title, lines: lines.slice(i) };
}
const MDX_IMPORT = /^import\s+(?:[\w$*{}\s,]+?\s+from\s+)?(['"])[^'"\n]+\1;?\s*$/;
// A value (metadata object, list, string), not a function or component: a component's body holds the page's text.
const MDX_EXPORT = /^export\s+(?:(?:const|let|var)\s+[\w$]+(?:\s*:\s*[^=\n]{1,40})?\s*=\s*[{["'`\d]|default\s+[{["'`])/;
const MDX_TITLE = /(?:^|[{,\s])["']?title["']?\s*:\s*(["'`])((?:(?!\1)[^\n]){1,200})\1/;

/**
 * Hugo's TOML front matter: a `+++` line, `key = value` lines, a closing `+++`. As with YAML, the title is the
 * document's heading and the rest is metadata.
 */
function tomlFrontMatter(lines: string[]): { head: RawBlock[]; lines: string[] } {
  let close = -1;
  for (let i = 1; i < lines.length && i < 200; i++) {
    const l = (lines[i] as string).trim();
    if (l === '+++') {
      close = i;
      break;
    }
    // Keys, comments, tables ("[params]") and the lines of a multi-line array; anything else is no front matter.
    if (l !== '' && !TOML_KEY.test(l) && !/^[#["'\]]/.test(l)) return { head: [], lines };
  }
  if (close < 2) return { head: [], lines };
  const head: RawBlock[] = [];
  for (let i = 1; i < close; i++) {
    const m = TOML_KEY.exec((lines[i] as string).trim());
    if (!m || !FM_TITLE.test(m[1] as string)) continue;
    const text = (m[2] ?? '')
      .trim()
      .replace(/^(["'])(.*)\1$/, '$2')
      .trim();
    if (text) head.push({ kind: 'heading', text: stripInlineMarkdown(text), level: 1 });
  }
  return { head, lines: lines.slice(close + 1) };
}
const TOML_KEY = /^([A-Za-z_][\w.-]{0,40})\s*=\s*(.*)$/;

/**
 * MultiMarkdown and Pelican metadata: the file opens with "Title: …" and more "Key: value" lines up to the first blank
 * line, with no fences. The title is the document's heading; the rest (Date, Category, Slug) is metadata.
 */
function metadataLines(lines: string[]): { head: RawBlock[]; lines: string[] } {
  let end = 0;
  while (end < lines.length && (lines[end] as string).trim() !== '') {
    if (!FM_KEY.test(lines[end] as string) && !/^\s/.test(lines[end] as string)) return { head: [], lines };
    end++;
  }
  const text = (FM_KEY.exec(lines[0] as string)?.[2] ?? '').trim();
  return { head: [{ kind: 'heading', text: stripInlineMarkdown(text), level: 1 }], lines: lines.slice(end) };
}
/** "Title: Bawajee Terms of Use" as a file's first line. */
const MMD_TITLE = /^Title:[ \t]+\S/i;

const FM_KEY = /^([A-Za-z_][\w.-]{0,40})[ \t]*:(?:\s+(.*))?$/;
/** `title`, `arabic_title`, `title_ar`: the page's title in some language (not `navTitle`, a menu label). */
const FM_TITLE = /^(?:[a-z]{2,10}_)?title(?:_[a-z]{2,10})?$/i;

const MD_HEADING = /^(#{1,6})\s+(.*?)\s*#*$/;
const LIST_ITEM = /^(?:[-*•▪◦‣–]|\d{1,3}[.)]|\([a-z0-9]{1,4}\)|[a-z][.)])\s+(.*)$/;
const TABLE_SEPARATOR = /^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$/;
/** GFM lets a delimiter cell be one hyphen ("|-|-|"), between pipes. */
const PIPED_SEPARATOR = /^\|\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|$|^\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)+$/;
const RULE = /^(?:-{3,}|\*{3,}|_{3,}|={3,})$/;
const BOLD_LINE = /^\s{0,3}(\*\*|__)(?=\S)[^*_]{2,120}\S\1\s*$/;

const ITALIC_LINE = /^\s{0,3}([*_])(?![*_\s])[^*_]{1,120}[^*_\s]\1\s*$/;

function classifyLine(line: string, afterBlank: boolean): RawBlock | null {
  if (TABLE_SEPARATOR.test(line) || RULE.test(line) || isDelimiterRow(line)) return null;
  const md = line.length <= 300 ? MD_HEADING.exec(line) : null;
  if (md) return { kind: 'heading', text: stripInlineMarkdown(md[2] ?? ''), level: (md[1] ?? '##').length };
  if (isTableRow(line)) return tableRow(line);
  const text = stripInlineMarkdown(line);
  // A line all in italics ("*Target Action*", "_Last revised in May_") is emphasized text under its heading, a label,
  // not a heading of its own (those are "#" or bold lines).
  if (ITALIC_LINE.test(line)) return { kind: 'paragraph', text };
  if (looksLikeHeading(text, afterBlank)) {
    const heading: RawBlock = { kind: 'heading', text, level: 2 };
    guessedHeadings.add(heading);
    return heading;
  }
  // A line that is all bold and no sentence ("**What happens if you miss it?**", "**Service credits**"): Markdown
  // written without "#" marks its headings so, FAQ questions among them.
  // Not a label line in bold ("**Last Updated: August 13, 2026**"): a value follows its colon.
  if (BOLD_LINE.test(line) && text.length <= 120 && !/[.;,:]$/.test(text) && !/:\s*\S/.test(text))
    return { kind: 'heading', text, level: 3 };
  // Bullets are markup, enumerators ("1.", "(a)") are part of the clause's words.
  if (LIST_ITEM.test(line)) return { kind: 'list-item', text: text.replace(/^[-*•▪◦‣–]\s+/, '') };
  return { kind: 'paragraph', text };
}

function tableRow(line: string): RawBlock {
  const inner = line.replace(/^\|/, '').replace(/\|$/, '');
  return { kind: 'table-row', text: '', cells: inner.split('|').map((c) => stripInlineMarkdown(c.trim())) };
}

/** A GFM table's delimiter row: "--- | ---", "|:--|--:|" (a pipe in it: "---" alone is a rule). */
function isDelimiterRow(line: string): boolean {
  return line.includes('|') && (TABLE_SEPARATOR.test(line) || PIPED_SEPARATOR.test(line));
}

function isTableRow(line: string): boolean {
  // At least two separators; a lone "|" is prose ("Last Updated: March 20 | Archive").
  // (indexOf, not a loop over line[i]: on Arabic lines each line[i] made a one-character string.)
  const first = line.indexOf('|');
  return first !== -1 && line.indexOf('|', first + 1) !== -1;
}

/** A line whose bold opens and does not close ("… services (**npm"): the bold, and the sentence, go on in the next line. */
function opensBold(line: string): boolean {
  let marks = 0;
  for (let at = line.indexOf('**'); at !== -1; at = line.indexOf('**', at + 2)) marks++;
  return marks % 2 === 1;
}

/**
 * A line that stops on an abbreviation a sentence goes on after ("… ONE HUNDRED U.S." / "DOLLARS (US$100)", "see
 * Sec." / "4.2"): dotted letters ("U.S.", "e.g.", "i.e.") or a reference word. Not a company's form ("Acme Inc."),
 * which often ends a sentence.
 */
const ABBREVIATION_END = /(?:^|[\s(])(?:(?:[A-Za-z]\.){2,3}|(?:No|Nos|Sec|Secs|Art|Para|vs|cf|viz|approx)\.)$/;

/**
 * "… A LEGAL AGREEMENT WITH HALYARD SYSTEMS INC." / "(THE “LICENSOR”) AND …": a company's form ends the line, its
 * defined term or the sentence's next words start the next one.
 */
const COMPANY_FORM_END = /\b(?:Inc|Ltd|Corp|Co|LLC|Pty|Pvt|GmbH|PLC|S\.A|B\.V|L\.L\.C)\.$/i;

/**
 * A line in capitals ("IN NO EVENT SHALL … BE LIABLE FOR ANY" / "INDIRECT DAMAGES …"): a wrapped line of a paragraph in
 * capitals never starts in lower case, so a long line of capitals without an end goes on in the next line of capitals.
 * (The paragraph test's 50 characters keep a short heading in capitals on its own.)
 */
function inCapitals(line: string): boolean {
  let letters = 0;
  for (let i = 0; i < line.length; i++) {
    const c = line.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
  }
  return letters >= 3;
}

/** A line that stops on a word no sentence ends on: the sentence goes on in the next line. */
const FUNCTION_WORD_END =
  /(?:^|[\s(])(?:the|a|an|to|of|and|or|for|in|on|with|within|by|at|from|than|after|before|upon|under|into|per|during|between|without|including|that|which|is|are|be|will|shall|may|must|can|its|their|your|our|this|these|such|any|each)$/i;

/**
 * A short line with no sentence punctuation at its end that starts with a capital or
 * a section number: "1. Service Commitment", "GOVERNING LAW", "Exclusions".
 */
export function looksLikeHeading(text: string, _afterBlank = true): boolean {
  if (text.length > 90 || text.length < 2) return false;
  if (/[.;,]$/.test(text)) return false;
  // A leading pictograph is an icon before the words ("🔒 Privacy Policy"), as a section number is.
  const body = text
    .replace(/^(?:\p{Extended_Pictographic}\uFE0F?\s*){1,3}/u, '')
    .replace(/^(?:section\s+)?(?:\d{1,2}(?:\.\d{1,2})*\.?|[ivxlc]{1,6}\.|[A-Z]\.)\s+/i, '');
  if (/[a-z0-9)]\.\s+[A-Z]/.test(body)) return false; // two sentences
  if (!/^[\p{Lu}\p{Lo}]/u.test(body)) return false;
  const words = body.split(/\s+/);
  if (words.length > 10) return false;
  // A wrapped sentence fragment ends on a function word: "… efforts to make the".
  if (FUNCTION_WORD_END.test(body)) return false;
  // Longer headings are title case ("Limitation of Liability and Indemnity").
  if (words.length > 5) {
    const capitalized = words.filter((w) => /^[\p{Lu}\p{Lo}\d(]/u.test(w)).length;
    if (capitalized / words.length < 0.6) return false;
  }
  // Label lines ("Email: support@x.com") are paragraphs, except a bare "Exclusions:".
  if (/:\s*\S/.test(body)) return false;
  return true;
}

/** Removes emphasis and link markup, keeping the words. Quantifiers are bounded so a
 * line of a million "[" stays linear. */
export function stripInlineMarkdown(text: string): string {
  // Each replacement only where its markup can be (most lines have none): a link needs "](", emphasis a "*" or "_",
  // code a backtick. Checked on the text as the previous replacement left it.
  // Backslash escapes ("\\(", "\\*", "\\$", as pandoc writes them) are the character itself and never markup: each is
  // held as a private-use character while the markup is read, then given back.
  const escaped = text.includes('\\');
  let out = escaped ? text.replace(ESCAPE, (_, c: string) => String.fromCharCode(HELD + c.charCodeAt(0))) : text;
  if (out.includes('](')) {
    // An image shows a picture, not its alt text or title ("![External link icon](icon.svg "External link icon")");
    // taken out first, so a link around it keeps its own words. Either may carry a quoted title after the address.
    if (out.includes('![')) out = out.replace(IMAGE, '');
    out = out.replace(LINK, '$1');
  }
  // Kramdown attribute lists ("{: #sla}", "{:new_window: target="_blank"}", "…](url){: new_window}") are markup.
  if (out.includes('{:')) out = out.replace(/\{:[^{}\n]{0,200}\}/g, '');
  out = stripEmphasis(out);
  if (out.includes('`')) out = out.replace(/`([^`]{0,300})`/g, '$1');
  // Inline HTML a Markdown page renders as its text: "## <span class=\"x\">إشعار خصوصية</span>". Only phrasing tags, so
  // an autolink ("<support@acme.test>") or a comparison ("< 2 hours") stays text.
  if (out.includes('<')) out = out.replace(INLINE_TAG, '').replace(BLOCK_TAG_INSIDE, ' ');
  if (escaped) out = out.replace(HELD_CHAR, (c) => String.fromCharCode(c.charCodeAt(0) - HELD));
  // Character references a Markdown page renders as their characters: "30 days&rsquo; notice", "&ldquo;Deliverable&rdquo;".
  return decodeEntities(out);
}
const ESCAPE = /\\([!-/:-@[-`{-~])/g;
/** Where escaped ASCII punctuation is held: U+E000 + its code (a private-use block no text here writes). */
const HELD = 0xe000;
const HELD_CHAR = /[\ue021-\ue07e]/g;

/** Bold and single emphasis taken off, keeping the words. */
function stripEmphasis(text: string): string {
  let out = text;
  // Twice at most: an emphasis inside a bold keeps the bold from matching until it is gone ("***… _npm_ …***": the
  // italic word, then the bold, then the italic around the whole).
  for (let pass = 0; pass < 2; pass++) {
    const before = out;
    if (out.includes('**') || out.includes('__')) out = out.replace(BOLD, '$2');
    // Single emphasis ("_Licensee_", "*not*"), as CommonMark reads it: the mark opens right before a letter or figure,
    // closes right after one, and never stands inside a word (snake_case and 2*3*4 stay as written, and so does a
    // filing's withheld figure "[*]").
    if (out.includes('_') || out.includes('*')) out = out.replace(SINGLE_EMPHASIS, '$2');
    if (out === before) break;
  }
  return out;
}
// A span holds no mark of its kind, so each scan stops at the next mark: linear however long the bound.
const BOLD = /(\*\*|__)(?=\S)([^*_]{0,1000}?\S)\1/g;
/** The address of a link or image, with an optional quoted title: `(url)`, `(url "Title")`. */
const TARGET = String.raw`\([^()\s]{0,1000}(?:\s{1,3}(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'))?\s{0,3}\)`;
const IMAGE = new RegExp(String.raw`!\[[^\][]{0,300}\]${TARGET}`, 'g');
const LINK = new RegExp(String.raw`\[([^\][]{0,300})\]${TARGET}`, 'g');
const SINGLE_EMPHASIS =
  /(?<![\p{L}\p{N}_*])([_*])(?=[\p{L}\p{N}])([^_*\n]{0,300}?[\p{L}\p{N}.!?)])\1(?![\p{L}\p{N}_*])/gu;
const INLINE_TAG =
  /<\/?(?:span|b|i|u|s|em|strong|small|sup|sub|mark|abbr|font|br|ins|del|q|cite|code|kbd|time|a|img)\b(?:\s[^<>]{0,300})?\/?>/gi;
/**
 * Block tags a table cell may hold inline ("| Minor | <p>Deviations that do not</p><p>involve …</p> |"): the cell shows
 * their text, each block apart from the next. (A line that opens with one is an HTML block, read before this.)
 */
const BLOCK_TAG_INSIDE = /<\/?(?:p|div|ul|ol|li)\b(?:\s[^<>]{0,300})?\/?>/gi;

/**
 * Pandoc's simple and multiline tables (what a Word document converted to Markdown often holds): a header, a line of
 * dash runs under it whose positions mark the columns, and rows aligned to them.
 *
 *     -----------------------------------------------
 *     Availability in the             Service Credit
 *     Calendar Month                  (% of fee)
 *     ------------------------------- ---------------
 *     < 99.95%                        2%
 *
 *     < 97.00%                        5%
 *     -----------------------------------------------
 *
 * Each is rewritten as a GFM pipe table, which the reader then takes as rows with cells. A multiline table (a full rule
 * above the header) has rows parted by blank lines and ends at the next full rule; a simple one has one line a row and
 * ends at a blank line. Anything else is left as it is.
 */
export function withPandocTablesAsPipes(lines: readonly string[]): string[] {
  if (!lines.some((l) => COLUMN_RULE.test(l))) return lines as string[];
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!COLUMN_RULE.test(lines[i] as string)) continue;
    const table = readPandocTable(lines, i);
    if (!table) continue;
    const [header = [], ...body] = table.rows;
    out.push(
      ...lines.slice(from, table.start),
      `| ${header.join(' | ')} |`,
      `|${' --- |'.repeat(header.length)}`,
      ...body.map((r) => `| ${r.join(' | ')} |`),
      '',
    );
    from = table.end;
    i = table.end - 1;
  }
  out.push(...lines.slice(from));
  return out;
}

/** A line of two or more dash runs parted by spaces: pandoc's column marks. */
const COLUMN_RULE = /^ {0,3}-{3,}(?: +-{3,})+ *$/;
const FULL_RULE = /^ {0,3}-{3,} *$/;
const MAX_HEADER_LINES = 3;
const MAX_TABLE_LINES = 80;

function readPandocTable(
  lines: readonly string[],
  ruleAt: number,
): { start: number; end: number; rows: string[][] } | null {
  const rule = lines[ruleAt] as string;
  const columns: number[] = [];
  for (const m of rule.matchAll(/-{3,}/g)) columns.push(m.index ?? 0);
  const cells = (line: string) =>
    columns.map((c, k) =>
      line
        .slice(k === 0 ? 0 : c, columns[k + 1] ?? line.length)
        .trim()
        .replace(/\|/g, '/'),
    );
  // The header: the lines right above the rule, up to a blank line or a full rule.
  let top = ruleAt;
  while (
    top > 0 &&
    ruleAt - top < MAX_HEADER_LINES &&
    (lines[top - 1] as string).trim() !== '' &&
    !FULL_RULE.test(lines[top - 1] as string)
  )
    top--;
  if (top === ruleAt) return null;
  const multiline = top > 0 && FULL_RULE.test(lines[top - 1] as string);
  // Each line cut into its cells once; a row's cell is its lines' cells in that column, joined.
  const join = (group: string[]) => {
    const split = group.map(cells);
    return columns.map((_, k) =>
      split
        .map((c) => c[k])
        .filter(Boolean)
        .join(' '),
    );
  };
  const rows: string[][] = [join(lines.slice(top, ruleAt) as string[])];
  let end = ruleAt + 1;
  if (multiline) {
    let group: string[] = [];
    for (; end < lines.length && end - ruleAt < MAX_TABLE_LINES; end++) {
      const line = lines[end] as string;
      if (FULL_RULE.test(line)) break;
      if (line.trim() === '') {
        if (group.length) rows.push(join(group));
        group = [];
      } else group.push(line);
    }
    if (end >= lines.length || !FULL_RULE.test(lines[end] as string)) return null;
    if (group.length) rows.push(join(group));
    end++;
  } else {
    for (; end < lines.length && end - ruleAt < MAX_TABLE_LINES; end++) {
      const line = lines[end] as string;
      if (line.trim() === '') break;
      if (COLUMN_RULE.test(line) || FULL_RULE.test(line)) {
        end++;
        break;
      }
      rows.push(cells(line));
    }
  }
  // A table has a header and a row, each row something in its first column.
  if (rows.length < 2 || rows.some((r) => (r[0] ?? '') === '' || r.every((c) => c === ''))) return null;
  return { start: multiline ? top - 1 : top, end, rows };
}
