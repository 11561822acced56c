import { useLayoutEffect, useRef, useState, type ReactNode } from 'react';

/** One block of a letter's running text; `keepWithNext` never ends a page (headings). */
export interface LetterBlock {
  key: string;
  node: ReactNode;
  keepWithNext?: boolean;
}

export interface PagedLetter {
  key: string;
  /** Page 1 only: letterhead, address field, information block (absolutely placed on the sheet). */
  firstPage: ReactNode;
  /** Pages 2 ff.: a short line at the top (recipient and date). */
  continuation: ReactNode;
  blocks: LetterBlock[];
  /** "Seite x von y", counted within this letter. */
  footer: (page: number, pages: number) => ReactNode;
}

/** Measures of the DIN 5008 sheet in mm: where the running text may go on page 1 and on later pages. */
const FIRST_BODY_TOP = 98.5;
const NEXT_BODY_TOP = 25;
const BODY_BOTTOM = 277;
const PX_PER_MM = 96 / 25.4;

/** Greedy page breaks between blocks: a block that does not fit starts the next page (with its keep-with-next heading). */
export function paginate(heights: readonly number[], keepWithNext: readonly boolean[], firstCapacity: number, nextCapacity: number): number[][] {
  const pages: number[][] = [[]];
  let used = 0;
  let capacity = firstCapacity;
  heights.forEach((height, index) => {
    const page = pages[pages.length - 1]!;
    if (page.length > 0 && used + height > capacity) {
      // Take trailing keep-with-next blocks (a heading) along to the new page.
      const carried: number[] = [];
      while (page.length > 1 && keepWithNext[page[page.length - 1]!]) carried.unshift(page.pop()!);
      pages.push([...carried, index]);
      capacity = nextCapacity;
      used = carried.reduce((sum, i) => sum + heights[i]!, 0) + height;
      return;
    }
    page.push(index);
    used += height;
  });
  return pages;
}

/**
 * A serial letter: each letter on its own A4 sheets (210 × 297 mm, CSS named page without margins,
 * so every position is measured from the sheet's corner as DIN 5008 gives it), its running text
 * broken into pages by measuring the blocks once the fonts are loaded, and each page numbered
 * within its letter. `onReady` is called when the sheets are laid out.
 */
export function PagedLetters({ letters, onReady }: { letters: PagedLetter[]; onReady: () => void }) {
  const measureRef = useRef<HTMLDivElement>(null);
  const [pages, setPages] = useState<number[][][] | null>(null);

  useLayoutEffect(() => {
    let cancelled = false;
    const measure = () => {
      const root = measureRef.current;
      if (!root || cancelled) return;
      const result = letters.map((letter) => {
        const container = root.querySelector(`[data-letter="${CSS.escape(letter.key)}"]`);
        const heights = [...(container?.children ?? [])].map((el) => el.getBoundingClientRect().height / PX_PER_MM);
        return paginate(
          heights,
          letter.blocks.map((b) => !!b.keepWithNext),
          BODY_BOTTOM - FIRST_BODY_TOP,
          BODY_BOTTOM - NEXT_BODY_TOP,
        );
      });
      setPages(result);
    };
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (fonts) void fonts.ready.then(measure);
    else measure();
    return () => {
      cancelled = true;
    };
  }, [letters]);

  useLayoutEffect(() => {
    if (pages) onReady();
  }, [pages, onReady]);

  if (!pages) {
    return (
      <div ref={measureRef} className="letter-measure" aria-hidden="true">
        {letters.map((letter) => (
          <div key={letter.key} data-letter={letter.key} className="letter-text">
            {letter.blocks.map((block) => (
              <div key={block.key} className="letter-block">
                {block.node}
              </div>
            ))}
          </div>
        ))}
      </div>
    );
  }

  return (
    <>
      {letters.map((letter, letterIndex) => {
        const letterPages = pages[letterIndex] ?? [[]];
        return (
          <section key={letter.key} className="letter" aria-label={`${letterIndex + 1}`}>
            {letterPages.map((blockIndexes, pageIndex) => (
              <div key={pageIndex} className="letter-sheet">
                <FoldMarks />
                {pageIndex === 0 ? letter.firstPage : letter.continuation}
                <div className={`letter-text letter-body ${pageIndex === 0 ? 'first' : 'next'}`}>
                  {blockIndexes.map((i) => (
                    <div key={letter.blocks[i]!.key} className="letter-block">
                      {letter.blocks[i]!.node}
                    </div>
                  ))}
                </div>
                <div className="letter-footer">{letter.footer(pageIndex + 1, letterPages.length)}</div>
              </div>
            ))}
          </section>
        );
      })}
    </>
  );
}

/** Fold marks at 105 and 210 mm and the hole mark at 148.5 mm (DIN 5008), on every sheet. */
function FoldMarks() {
  return (
    <>
      <span className="fold-mark" style={{ top: '105mm' }} />
      <span className="fold-mark hole" style={{ top: '148.5mm' }} />
      <span className="fold-mark" style={{ top: '210mm' }} />
    </>
  );
}
