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

/** "## Titel ##" → level 2, "Titel". Without a regular expression: a backtracking one took quadratic time on long runs of "#". */
function headingOf(line: string): { level: 1 | 2 | 3; text: string } | undefined {
  let hashes = 0;
  while (line[hashes] === '#') hashes += 1;
  if (hashes < 1 || hashes > 3 || !/\s/.test(line[hashes] ?? '')) return undefined;
  let end = line.length;
  const isSpace = (index: number) => /\s/.test(line[index]!);
  while (end > hashes && isSpace(end - 1)) end -= 1;
  while (end > hashes && line[end - 1] === '#') end -= 1;
  while (end > hashes && isSpace(end - 1)) end -= 1;
  return { level: hashes as 1 | 2 | 3, text: line.slice(hashes, end).trimStart() };
}
const BULLET = /^(\s*)([-*•+])\s+(.*)$/;
const ORDERED = /^(\s*)(\d{1,9})[.)]\s+(.*)$/;

interface ListLine {
  indent: number;
  ordered: boolean;
  number: number;
  text: string;
}

function listLine(line: string): ListLine | undefined {
  const bullet = BULLET.exec(line);
  if (bullet) return { indent: indentWidth(bullet[1]!), ordered: false, number: 1, text: bullet[3]! };
  const ordered = ORDERED.exec(line);
  if (ordered) return { indent: indentWidth(ordered[1]!), ordered: true, number: Number(ordered[2]), text: ordered[3]! };
  return undefined;
}

const indentWidth = (space: string) => space.replace(/\t/g, '    ').length;

export function parseMarkdown(source: string): Block[] {
  const lines = source.replace(/\r\n?/g, '\n').split('\n');
  const blocks: Block[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index]!;
    if (!line.trim()) {
      index += 1;
      continue;
    }
    const heading = headingOf(line);
    if (heading) {
      blocks.push({ type: 'heading', level: heading.level, content: parseInline(heading.text) });
      index += 1;
      continue;
    }
    if (listLine(line)) {
      const listLines: ListLine[] = [];
      while (index < lines.length) {
        const current = lines[index]!;
        const entry = listLine(current);
        if (entry) listLines.push(entry);
        else if (current.trim() && /^\s+/.test(current) && listLines.length > 0) {
          // An indented continuation line belongs to the previous list item.
          listLines[listLines.length - 1]!.text += `\n${current.trim()}`;
        } else break;
        index += 1;
      }
      blocks.push(...buildLists(listLines));
      continue;
    }
    const paragraph: string[] = [];
    while (index < lines.length) {
      const current = lines[index]!;
      if (!current.trim() || headingOf(current) || listLine(current)) break;
      paragraph.push(current.trim());
      index += 1;
    }
    blocks.push({ type: 'paragraph', lines: paragraph.map(parseInline) });
  }
  return blocks;
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
          parent.children.push(...build(line.indent));
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
  while (position < lines.length) blocks.push(...build(lines[position]!.indent));
  return blocks;
}

/** Spans nest at most this deep; deeper markers stay text (no real minutes text comes near it). */
const MAX_SPAN_DEPTH = 12;

/**
 * **bold**, __bold__, *italic*, _italic_, and \* for a literal star. Unclosed markers stay text.
 * Linear in the length of the text: where each opening marker's closing marker lies is looked up
 * in a table built once per marker kind (right to left), instead of scanning ahead from every
 * marker (which took quadratic time on text like "*a *a *a …").
 */
export function parseInline(text: string): Inline[] {
  return parseSpan(text, 0);
}

function parseSpan(text: string, depth: number): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  let runStart = 0;
  const tables: Tables = { star: undefined, stars: undefined, under: undefined, unders: undefined };
  let i = 0;
  while (i < text.length) {
    const code = text.charCodeAt(i);
    if (code === BACKSLASH && i + 1 < text.length && ESCAPABLE.has(text.charCodeAt(i + 1))) {
      buffer += text.slice(runStart, i) + text[i + 1];
      i += 2;
      runStart = i;
      continue;
    }
    if ((code === STAR || code === UNDERSCORE) && depth < MAX_SPAN_DEPTH) {
      const double = text.charCodeAt(i + 1) === code;
      // Inside a run of four or more equal markers, "**" closes right after itself: an empty span, so text.
      if (double && text.charCodeAt(i + 2) === code && text.charCodeAt(i + 3) === code) {
        i += 1;
        continue;
      }
      const length = double ? 2 : 1;
      const from = i + length;
      const close = closingFrom(text, tables, code, double, from);
      // Intra-word underscores (snake_case, file_names) are text, as in CommonMark.
      const wordBefore = code === UNDERSCORE && isWordCode(text, i - 1);
      if (close > from && !wordBefore && !isSpaceCode(text.charCodeAt(from))) {
        buffer += text.slice(runStart, i);
        if (buffer) out.push({ type: 'text', text: buffer });
        buffer = '';
        const children = parseSpan(text.slice(from, close), depth + 1);
        out.push(double ? { type: 'strong', children } : { type: 'em', children });
        i = close + length;
        runStart = i;
        continue;
      }
    }
    i += 1;
  }
  buffer += text.slice(runStart);
  if (buffer) out.push({ type: 'text', text: buffer });
  return out;
}

interface Tables {
  star: Int32Array | undefined;
  stars: Int32Array | undefined;
  under: Int32Array | undefined;
  unders: Int32Array | undefined;
}

/** Where the closing marker after `from` is. Near the end a direct scan is cheapest; further out a table keeps it linear. */
function closingFrom(text: string, tables: Tables, code: number, double: boolean, from: number): number {
  if (from >= text.length) return -1;
  const marker = code === STAR ? (double ? '**' : '*') : double ? '__' : '_';
  if (text.length - from <= SHORT_SCAN) return scanClosing(text, from, marker);
  const key = code === STAR ? (double ? 'stars' : 'star') : double ? 'unders' : 'under';
  return (tables[key] ??= closingTable(text, marker))[from]!;
}

const SHORT_SCAN = 32;
const BACKSLASH = 92;
const STAR = 42;
const UNDERSCORE = 95;
/** What a backslash escapes: \\ \* \_ \# \- \. */
const ESCAPABLE = new Set([92, 42, 95, 35, 45, 46]);

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

/** The same answer as closingTable(text, marker)[from], by scanning (for the last few characters). */
function scanClosing(text: string, from: number, marker: string): number {
  const m = marker.charCodeAt(0);
  const single = marker.length === 1;
  for (let i = from; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      i += 1;
      continue;
    }
    if (c === m && (single || text.charCodeAt(i + 1) === m) && !isSpaceCode(text.charCodeAt(i - 1))) {
      if (single && text.charCodeAt(i + 1) === m) {
        i += 1;
        continue;
      }
      return i;
    }
  }
  return -1;
}

/**
 * For every position p: where a closing `marker` is found scanning from p, or -1. A closing
 * marker has no whitespace before it; a backslash hides the next character; a single star that
 * is part of "**" does not close ("**a*b**"). Built right to left, each entry from the next ones.
 */
function closingTable(text: string, marker: string): Int32Array {
  const n = text.length;
  const table = new Int32Array(n + 2).fill(-1);
  const m = marker.charCodeAt(0);
  const single = marker.length === 1;
  for (let i = n - 1; i >= 0; i -= 1) {
    const c = text.charCodeAt(i);
    if (c === BACKSLASH) {
      table[i] = table[i + 2]!;
    } else if (c === m && (single || text.charCodeAt(i + 1) === m) && !isSpaceCode(text.charCodeAt(i - 1))) {
      table[i] = single && text.charCodeAt(i + 1) === m ? table[i + 2]! : i;
    } else {
      table[i] = table[i + 1]!;
    }
  }
  return table;
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
