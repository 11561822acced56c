/**
 * The small Markdown of minutes texts: headings (#, ##, ###), bullet lists (-, *, •), numbered
 * lists (1. or 1)), nested by indentation, paragraphs, **bold** and *italic*. It parses to a
 * structure, never to HTML: the views render the structure as elements, so whatever is typed
 * ("<script>", "<b>") is shown as text and can never become markup. Own code rather than a
 * library: this subset is all minutes need, and no path to raw HTML exists at all.
 */
export type Inline = { type: 'text'; text: string } | { type: 'strong'; children: Inline[] } | { type: 'em'; children: Inline[] };

export type Block =
  | { type: 'heading'; level: 1 | 2 | 3; content: Inline[] }
  /** Lines of one paragraph: a single line break in the text is kept as a line break. */
  | { type: 'paragraph'; lines: Inline[][] }
  | { type: 'list'; ordered: boolean; start: number; items: ListItem[] };

export interface ListItem {
  content: Inline[];
  children: Block[];
}

/**
 * "## Titel ##" → level 2, "Titel". Without a regular expression: a backtracking one took quadratic
 * time on long runs of "#". A line separator (U+2028, U+2029) in the title makes it no heading, as
 * the regular expression before it had it (its "." stops there).
 */
function headingOf(line: string): { level: 1 | 2 | 3; text: string } | undefined {
  let hashes = 0;
  while (line.charCodeAt(hashes) === HASH) hashes += 1;
  if (hashes < 1 || hashes > 3 || !isSpaceCode(line.charCodeAt(hashes))) return undefined;
  let end = line.length;
  while (end > hashes && isSpaceCode(line.charCodeAt(end - 1))) end -= 1;
  while (end > hashes && line.charCodeAt(end - 1) === HASH) end -= 1;
  while (end > hashes && isSpaceCode(line.charCodeAt(end - 1))) end -= 1;
  const text = line.slice(hashes, end).trimStart();
  if (hasLineSeparator(text, 0)) return undefined;
  return { level: hashes as 1 | 2 | 3, text };
}

const hasLineSeparator = (text: string, from: number) => text.indexOf('\u2028', from) !== -1 || text.indexOf('\u2029', from) !== -1;

interface ListLine {
  indent: number;
  ordered: boolean;
  number: number;
  text: string;
}

/**
 * A bullet ("- ", "* ", "• ", "+ ") or numbered ("1. ", "12) ") line, after `lead` characters of
 * indentation; by character codes, with the meaning of /^(\s*)([-*•+])\s+(.*)$/ and
 * /^(\s*)(\d{1,9})[.)]\s+(.*)$/ (so a line separator after the marker makes it no list line).
 */
function listLine(line: string, lead: number): ListLine | undefined {
  const c = line.charCodeAt(lead);
  let after: number;
  let ordered = false;
  let number = 1;
  if (c === DASH || c === STAR || c === BULLET || c === PLUS) after = lead + 1;
  else if (isDigitCode(c)) {
    let digits = lead;
    while (isDigitCode(line.charCodeAt(digits))) digits += 1;
    const close = line.charCodeAt(digits);
    if (digits - lead > 9 || (close !== DOT && close !== PAREN)) return undefined;
    ordered = true;
    number = Number(line.slice(lead, digits));
    after = digits + 1;
  } else return undefined;
  let textStart = after;
  while (textStart < line.length && isSpaceCode(line.charCodeAt(textStart))) textStart += 1;
  if (textStart === after || hasLineSeparator(line, textStart)) return undefined;
  return { indent: indentWidth(line, lead), ordered, number, text: line.slice(textStart) };
}

/** Width of the indentation: a tab counts four. */
function indentWidth(line: string, lead: number): number {
  let width = 0;
  for (let i = 0; i < lead; i += 1) width += line.charCodeAt(i) === TAB ? 4 : 1;
  return width;
}

/** Index of the first character that is not whitespace (the line's length for a blank line). */
function leadingSpace(line: string): number {
  let i = 0;
  while (i < line.length && isSpaceCode(line.charCodeAt(i))) i += 1;
  return i;
}

/**
 * Linear in the length of the source, whatever it holds: each line is looked at a fixed number of
 * times, by character codes (no regular expression per line), and results are appended without
 * spreading (spreading 100,000 lists into push() overflowed the stack).
 */
export function parseMarkdown(source: string): Block[] {
  const lines = (source.indexOf('\r') === -1 ? source : source.replace(/\r\n?/g, '\n')).split('\n');
  const blocks: Block[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    const lead = leadingSpace(line);
    if (lead === line.length) {
      index += 1;
      continue;
    }
    const heading = lead === 0 ? headingOf(line) : undefined;
    if (heading) {
      blocks.push({ type: 'heading', level: heading.level, content: parseInline(heading.text) });
      index += 1;
      continue;
    }
    const first = listLine(line, lead);
    if (first) {
      const listLines: ListLine[] = [first];
      index += 1;
      while (index < lines.length) {
        const current = lines[index]!;
        const currentLead = leadingSpace(current);
        if (currentLead === current.length) break;
        const entry = listLine(current, currentLead);
        if (entry) listLines.push(entry);
        // An indented continuation line belongs to the previous list item.
        else if (currentLead > 0) listLines[listLines.length - 1]!.text += `\n${current.trim()}`;
        else break;
        index += 1;
      }
      appendAll(blocks, buildLists(listLines));
      continue;
    }
    const paragraph: Inline[][] = [];
    while (index < lines.length) {
      const current = lines[index]!;
      const currentLead = leadingSpace(current);
      if (currentLead === current.length || (currentLead === 0 && headingOf(current)) || listLine(current, currentLead)) break;
      paragraph.push(parseInline(current.trim()));
      index += 1;
    }
    blocks.push({ type: 'paragraph', lines: paragraph });
  }
  return blocks;
}

function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}

/** Turns flat list lines into nested lists: deeper indentation nests under the previous item. */
function buildLists(lines: readonly ListLine[]): Block[] {
  const blocks: Block[] = [];
  let position = 0;
  const build = (baseIndent: number): Block[] => {
    const result: Block[] = [];
    while (position < lines.length) {
      const first = lines[position]!;
      if (first.indent < baseIndent) break;
      const list: Extract<Block, { type: 'list' }> = { type: 'list', ordered: first.ordered, start: first.number, items: [] };
      while (position < lines.length) {
        const line = lines[position]!;
        if (line.indent < baseIndent || (line.indent === first.indent && line.ordered !== first.ordered)) break;
        if (line.indent > first.indent) {
          const parent = list.items[list.items.length - 1];
          if (!parent) break;
          appendAll(parent.children, build(line.indent));
          continue;
        }
        list.items.push({ content: parseInline(line.text), children: [] });
        position += 1;
      }
      result.push(list);
      if (position < lines.length && lines[position]!.indent < first.indent) break;
    }
    return result;
  };
  while (position < lines.length) appendAll(blocks, build(lines[position]!.indent));
  return blocks;
}

/** Spans nest at most this deep; deeper markers stay text (no real minutes text comes near it). */
const MAX_SPAN_DEPTH = 12;

/**
 * **bold**, __bold__, *italic*, _italic_, and \* for a literal star. Unclosed markers stay text.
 * Linear in the length of the text: where each opening marker's closing marker lies is looked up
 * in a table built once per line and marker kind (right to left), instead of scanning ahead from
 * every marker (which took quadratic time on text like "*a *a *a …"). A span's content is parsed
 * in place (a range of the line, no copy), with the line's tables.
 */
export function parseInline(text: string): Inline[] {
  // A short text never needs a table (each span is scanned directly): no object for it.
  const tables = text.length > SHORT_SCAN ? { star: undefined, stars: undefined, under: undefined, unders: undefined, starRuns: undefined, underRuns: undefined } : undefined;
  return parseSpan(text, tables, 0, text.length, 0);
}

/** The closing-marker tables of one text, built when first needed. */
interface Tables {
  star: Int32Array | undefined;
  stars: Int32Array | undefined;
  under: Int32Array | undefined;
  unders: Int32Array | undefined;
  starRuns: Int32Array | undefined;
  underRuns: Int32Array | undefined;
}

/** The Markdown of text[start, end), as if that range were the whole text. */
function parseSpan(text: string, tables: Tables | undefined, start: number, end: number, depth: number): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  let runStart = start;
  let i = start;
  while (i < end) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH) {
      if (i + 1 < end && isEscapable(text.charCodeAt(i + 1))) {
        buffer += text.slice(runStart, i) + text[i + 1];
        i += 2;
        runStart = i;
        continue;
      }
    } else if ((code === STAR || code === UNDERSCORE) && depth < MAX_SPAN_DEPTH) {
      const double = i + 1 < end && text.charCodeAt(i + 1) === code;
      if (double && i + 3 < end && text.charCodeAt(i + 2) === code && text.charCodeAt(i + 3) === code) {
        // Inside a run of four or more equal markers, "**" closes right after itself: an empty span,
        // so text. Only the run's last three markers can open a span.
        let runEnd = i + 4;
        while (runEnd < end && text.charCodeAt(runEnd) === code) runEnd += 1;
        i = runEnd - 3;
        continue;
      }
      const length = double ? 2 : 1;
      const from = i + length;
      // Intra-word underscores (snake_case, file_names) are text, as in CommonMark.
      if (from < end && !isSpaceCode(text.charCodeAt(from)) && !(code === UNDERSCORE && isWordCode(text, i - 1))) {
        const close = closingFrom(text, tables, code, double, from, end);
        if (close > from) {
          buffer += text.slice(runStart, i);
          if (buffer) out.push({ type: 'text', text: buffer });
          buffer = '';
          const children = parseSpan(text, tables, from, close, depth + 1);
          out.push(double ? { type: 'strong', children } : { type: 'em', children });
          i = close + length;
          runStart = i;
          continue;
        }
      }
    }
    i += 1;
  }
  buffer += text.slice(runStart, end);
  if (buffer) out.push({ type: 'text', text: buffer });
  return out;
}

/**
 * Where the closing marker is, scanning text[from, end) as if the text ended at `end`. Near the
 * end a direct scan is cheapest; further out the line's table answers. The table was built for the
 * whole line, so only the last character of the range can differ from it: there a single marker
 * followed by another (outside the range) does not close in the line but does in the range, and a
 * double marker can not close at all.
 */
function closingFrom(text: string, tables: Tables | undefined, code: number, double: boolean, from: number, end: number): number {
  if (end - from <= SHORT_SCAN || !tables) return scanClosing(text, from, end, code, double);
  const found = tableFor(text, tables, code, double)[from]!;
  if (end === text.length || (found !== -1 && found < end - 1)) return found;
  if (double) return -1;
  const last = end - 1;
  if (text.charCodeAt(last) !== code || isSpaceCode(text.charCodeAt(last - 1))) return -1;
  // Does the scan from `from` stop at `last`, or step over it? Steps of two (an escape, or "**"
  // for a single marker) come in runs; from the run's start the scan lands on every second place.
  const runs = code === STAR ? (tables.starRuns ??= skipRuns(text, code)) : (tables.underRuns ??= skipRuns(text, code));
  const landing = Math.max(from, runs[last - 1]!);
  return (last - landing) % 2 === 0 ? last : -1;
}

function tableFor(text: string, tables: Tables, code: number, double: boolean): Int32Array {
  if (code === STAR) return double ? (tables.stars ??= closingTable(text, code, true)) : (tables.star ??= closingTable(text, code, false));
  return double ? (tables.unders ??= closingTable(text, code, true)) : (tables.under ??= closingTable(text, code, false));
}

const SHORT_SCAN = 32;
const TAB = 9;
const HASH = 35;
const PAREN = 41;
const STAR = 42;
const PLUS = 43;
const DASH = 45;
const DOT = 46;
const BACKSLASH = 92;
const UNDERSCORE = 95;
const BULLET = 0x2022;

/** What a backslash escapes: \\ \* \_ \# \- \. */
const isEscapable = (c: number) => c === BACKSLASH || c === STAR || c === UNDERSCORE || c === HASH || c === DASH || c === DOT;
const isDigitCode = (c: number) => c >= 48 && c <= 57;

/** JavaScript's \s, by character code (a regular expression per character was the slow part). */
function isSpaceCode(c: number): boolean {
  return (
    c === 32 ||
    (c >= 9 && c <= 13) ||
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/** A letter or digit at `index` (Unicode), as /[\p{L}\p{N}]/u on that code unit. */
function isWordCode(text: string, index: number): boolean {
  const c = text.charCodeAt(index);
  if (Number.isNaN(c)) return false;
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(text[index]!);
}

/** The closing marker in text[from, end), scanning as if the text ended at `end` (for short ranges). */
function scanClosing(text: string, from: number, end: number, m: number, double: boolean): number {
  for (let i = from; i < end; i += 1) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      i += 1;
      continue;
    }
    if (c === m && !isSpaceCode(text.charCodeAt(i - 1))) {
      const pair = i + 1 < end && text.charCodeAt(i + 1) === m;
      if (double) {
        if (pair) return i;
      } else if (pair) {
        i += 1;
      } else {
        return i;
      }
    }
  }
  return -1;
}

/**
 * For every position p: where a closing marker is found scanning from p, or -1. A closing marker
 * has no whitespace before it; a backslash hides the next character; a single star that is part
 * of "**" does not close ("**a*b**"). Built right to left, each entry from the next ones.
 */
function closingTable(text: string, m: number, double: boolean): Int32Array {
  const n = text.length;
  const table = new Int32Array(n + 2).fill(-1);
  for (let i = n - 1; i >= 0; i -= 1) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      table[i] = table[i + 2]!;
    } else if (c === m && (!double || text.charCodeAt(i + 1) === m) && !isSpaceCode(text.charCodeAt(i - 1))) {
      table[i] = !double && text.charCodeAt(i + 1) === m ? table[i + 2]! : i;
    } else {
      table[i] = table[i + 1]!;
    }
  }
  return table;
}

/**
 * For every position p where the scan for a single marker steps two places (a backslash, or a
 * "**" not after whitespace): where that run of such places begins. Elsewhere p + 1.
 */
function skipRuns(text: string, m: number): Int32Array {
  const n = text.length;
  const runs = new Int32Array(n);
  let runBegin = -1;
  for (let i = 0; i < n; i += 1) {
    const c = text.charCodeAt(i);
    const skips = c === BACKSLASH || (c === m && text.charCodeAt(i + 1) === m && !isSpaceCode(text.charCodeAt(i - 1)));
    if (skips) {
      if (runBegin === -1) runBegin = i;
      runs[i] = runBegin;
    } else {
      runBegin = -1;
      runs[i] = i + 1;
    }
  }
  return runs;
}

/** The plain text of a Markdown source (search, snippets): markers removed, structure flattened. */
export function markdownToPlainText(source: string): string {
  const inlineText = (inlines: readonly Inline[]): string =>
    inlines.map((inline) => (inline.type === 'text' ? inline.text : inlineText(inline.children))).join('');
  const blockText = (block: Block): string => {
    switch (block.type) {
      case 'heading':
        return inlineText(block.content);
      case 'paragraph':
        return block.lines.map(inlineText).join(' ');
      case 'list':
        return block.items.map((item) => [inlineText(item.content), ...item.children.map(blockText)].join(' ')).join(' ');
    }
  };
  return parseMarkdown(source).map(blockText).join(' ');
}
