// The minutes Markdown parser as it was before it was made linear (commit b3df028): the reference
// its replacement must agree with on normal text. Quadratic on adversarial input; tests only.
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

const HEADING = /^(#{1,3})\s+(.*?)\s*#*\s*$/;
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
    const heading = HEADING.exec(line);
    if (heading) {
      blocks.push({ type: 'heading', level: heading[1]!.length as 1 | 2 | 3, content: parseInline(heading[2]!) });
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
      if (!current.trim() || HEADING.test(current) || listLine(current)) break;
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

/** **bold**, __bold__, *italic*, _italic_, and \* for a literal star. Unclosed markers stay text. */
export function parseInline(text: string): Inline[] {
  const out: Inline[] = [];
  let buffer = '';
  const flush = () => {
    if (buffer) out.push({ type: 'text', text: buffer });
    buffer = '';
  };
  let i = 0;
  while (i < text.length) {
    const char = text[i]!;
    if (char === '\\' && i + 1 < text.length && /[\\*_#\-.]/.test(text[i + 1]!)) {
      buffer += text[i + 1];
      i += 2;
      continue;
    }
    if (char === '*' || char === '_') {
      const double = text[i + 1] === char;
      const marker = double ? char + char : char;
      const close = findClosing(text, i + marker.length, marker);
      // Intra-word underscores (snake_case, file_names) are text, as in CommonMark.
      const wordBefore = char === '_' && /[\p{L}\p{N}]/u.test(text[i - 1] ?? '');
      if (close > i + marker.length && !wordBefore && !/\s/.test(text[i + marker.length]!)) {
        flush();
        const children = parseInline(text.slice(i + marker.length, close));
        out.push(double ? { type: 'strong', children } : { type: 'em', children });
        i = close + marker.length;
        continue;
      }
    }
    buffer += char;
    i += 1;
  }
  flush();
  return out;
}

function findClosing(text: string, from: number, marker: string): number {
  for (let i = from; i < text.length; i += 1) {
    if (text[i] === '\\') {
      i += 1;
      continue;
    }
    if (text.startsWith(marker, i) && !/\s/.test(text[i - 1]!)) {
      // "**a*b**": a single star inside a double-star span does not close it.
      if (marker.length === 1 && text[i + 1] === marker) {
        i += 1;
        continue;
      }
      return i;
    }
  }
  return -1;
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
