import { Fragment, memo, useMemo, type ReactNode } from 'react';
import { parseMarkdown, type Block, type Inline } from '../../../shared/minutes/markdown';

type HeadingTag = 'h3' | 'h4' | 'h5' | 'h6';

/**
 * Renders minutes Markdown as React elements (never as HTML): typed markup stays text.
 * `headingBase` is the level of a "#" heading, so headings nest under the item's own heading.
 */
export const MarkdownView = memo(function MarkdownView({ source, headingBase = 3, className }: { source: string; headingBase?: 3 | 4; className?: string }) {
  // Parsed and rendered again only when its text changes (memo), not when the page around it re-renders.
  const blocks = useMemo(() => parseMarkdown(source), [source]);
  return <div className={className}>{blocks.map((block, index) => renderBlock(block, index, headingBase))}</div>;
});

function renderBlock(block: Block, key: number, headingBase: number): ReactNode {
  switch (block.type) {
    case 'heading': {
      const Tag = `h${Math.min(6, headingBase + block.level - 1)}` as HeadingTag;
      return (
        <Tag key={key} className="md-heading">
          {renderInlines(block.content)}
        </Tag>
      );
    }
    case 'paragraph':
      return (
        <p key={key}>
          {block.lines.map((line, index) => (
            <Fragment key={index}>
              {index > 0 && <br />}
              {renderInlines(line)}
            </Fragment>
          ))}
        </p>
      );
    case 'list': {
      const items = block.items.map((item, index) => (
        <li key={index}>
          {renderInlines(item.content)}
          {item.children.map((child, childIndex) => renderBlock(child, childIndex, headingBase))}
        </li>
      ));
      return block.ordered ? (
        <ol key={key} start={block.start === 1 ? undefined : block.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
  }
}

function renderInlines(inlines: readonly Inline[]): ReactNode {
  return inlines.map((inline, index) => {
    switch (inline.type) {
      case 'text':
        return <Fragment key={index}>{inline.text}</Fragment>;
      case 'strong':
        return <strong key={index}>{renderInlines(inline.children)}</strong>;
      case 'em':
        return <em key={index}>{renderInlines(inline.children)}</em>;
    }
  });
}
