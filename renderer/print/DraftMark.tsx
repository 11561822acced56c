import { useLayoutEffect, useRef } from 'react';

const FONT = '700 160px "Source Sans 3"';

/**
 * The diagonal draft mark ("ENTWURF") on every page. It is drawn on a canvas, so the PDF holds it
 * as an image, not as text: text extraction, search and screen readers never meet its letters
 * inside the minutes (a positioned text element was read as "E N T W U R F" within the body). Fixed
 * positioning repeats it on every printed page. `onReady` fires once it is drawn with the bundled
 * font.
 */
export function DraftMark({ text, onReady }: { text: string; onReady?: (() => void) | undefined }) {
  const canvas = useRef<HTMLCanvasElement>(null);
  useLayoutEffect(() => {
    let cancelled = false;
    const draw = () => {
      const element = canvas.current;
      const context = element?.getContext('2d');
      if (cancelled || !element || !context) return;
      context.clearRect(0, 0, element.width, element.height);
      context.save();
      context.translate(element.width / 2, element.height / 2);
      context.rotate((-35 * Math.PI) / 180);
      context.font = FONT;
      context.fillStyle = 'rgba(160, 0, 0, 0.12)';
      context.textAlign = 'center';
      context.textBaseline = 'middle';
      context.fillText(text, 0, 0);
      context.restore();
      onReady?.();
    };
    const fonts = typeof document !== 'undefined' ? document.fonts : undefined;
    if (fonts) void fonts.load(FONT, text).then(draw, draw);
    else draw();
    return () => {
      cancelled = true;
    };
  }, [text, onReady]);
  return <canvas ref={canvas} className="draft-mark" width={1400} height={1400} aria-hidden="true" />;
}
