import { useLayoutEffect, useState } from 'react';

const FONT = '700 250px "Source Sans 3"';
const SIZE = 1400;

/**
 * The drawn mark per text, for as long as the window lives: the print window is kept warm and prints
 * one document after another, so only the first print of a language draws and encodes the image.
 */
const drawn = new Map<string, string>();

/**
 * The diagonal draft mark ("ENTWURF") on every page. It is drawn on a canvas and shown as an image,
 * so the PDF holds it as a picture, not as text: text extraction, search and screen readers never
 * meet its letters inside the minutes (a positioned text element was read as "E N T W U R F" within
 * the body). A fixed image repeats on every printed page. `onReady` fires once it is drawn with the
 * bundled font and loaded.
 */
export function DraftMark({ text, onReady }: { text: string; onReady?: (() => void) | undefined }) {
  // The drawing made by this mark (kept in `drawn` too when made with the font).
  const [own, setOwn] = useState<{ text: string; url: string }>();
  const src = drawn.get(text) ?? (own?.text === text ? own.url : undefined);
  useLayoutEffect(() => {
    if (drawn.has(text)) return;
    let cancelled = false;
    // Drawn without the bundled font (it failed to load): shown, but not kept for later prints.
    const draw = (withFont: boolean) => {
      if (cancelled) return;
      const canvas = document.createElement('canvas');
      canvas.width = SIZE;
      canvas.height = SIZE;
      const context = canvas.getContext('2d');
      if (!context) {
        onReady?.();
        return;
      }
      context.translate(SIZE / 2, SIZE / 2);
      context.rotate((-35 * Math.PI) / 180);
      context.font = FONT;
      context.fillStyle = 'rgba(160, 0, 0, 0.13)';
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText(text, 0, 0);
      const url = canvas.toDataURL('image/png');
      if (withFont) drawn.set(text, url);
      setOwn({ text, url });
    };
    const fonts = typeof document.fonts === 'undefined' ? undefined : document.fonts;
    if (fonts) void fonts.load(FONT, text).then(() => draw(true), () => draw(false));
    else draw(false);
    return () => {
      cancelled = true;
    };
  }, [text, onReady]);
  if (!src) return null;
  return <img className="draft-mark" src={src} alt="" aria-hidden="true" onLoad={() => onReady?.()} />;
}
