/**
 * The page footer of every print document is drawn by CSS `@page` margin boxes (renderer/print/
 * print.css). Margin boxes cannot read the DOM, so their text comes from custom properties on the
 * document's root element, which the page context inherits. This builds those properties.
 */
export interface PageFooter {
  /** Left: the document's short name, e.g. "Niederschrift vom 11.03.2026". */
  left: string;
  /** Right, before the page count: e.g. "Prüfsumme 3f2a9c1b7d4e". Optional. */
  right?: string | undefined;
  /** The words around the page counters: "Seite " … " von " … / "Page " … " of " … */
  pageWord: string;
  pageOf: string;
}

export const FOOTER_PROPERTIES = ['--print-footer-left', '--print-footer-right', '--print-page-word', '--print-page-of'] as const;

/** A CSS string literal: quotes and backslashes escaped, line breaks and control characters as spaces. */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${text.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

export function pageFooterProperties(footer: PageFooter): Record<(typeof FOOTER_PROPERTIES)[number], string> {
  return {
    '--print-footer-left': cssString(footer.left),
    '--print-footer-right': cssString(footer.right ? `${footer.right} · ` : ''),
    '--print-page-word': cssString(footer.pageWord),
    '--print-page-of': cssString(footer.pageOf),
  };
}

/** The short form of a content hash for the footer of every page; the full value stands once at the end. */
export const shortHash = (hash: string) => hash.slice(0, 12);
