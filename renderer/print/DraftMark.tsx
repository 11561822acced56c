import { useLayoutEffect, useState } from 'react';

const FONT = '700 250px "Source Sans 3"';
const SIZE = 1400;

/**
 * The diagonal draft mark ("ENTWURF") on every page. It is drawn on a canvas and shown as an image,
 * so the PDF holds it as a picture, not as text: text extraction, search and screen readers never
 * meet its letters inside the minutes (a positioned text element was read as "E N T W U R F" within
 * the body). A fixed image repeats on every printed page. `onReady` fires once it is drawn with the
 * bundled font and loaded.
 */
export function DraftMark({ text, onReady }: { text: string; onReady?: (() => void) | undefined }) {
  const [src, setSrc] = useState<string>();
  useLayoutEffect(() => {
    let cancelled = false;
    const draw = () => {
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
      setSrc(canvas.toDataURL('image/png'));
    };
    const fonts = typeof document.fonts === 'undefined' ? undefined : document.fonts;
    if (fonts) void fonts.load(FONT, text).then(draw, draw);
    else draw();
    return () => {
      cancelled = true;
    };
  }, [text, onReady]);
  if (!src) return null;
  return <img className="draft-mark" src={src} alt="" aria-hidden="true" onLoad={() => onReady?.()} />;
}
