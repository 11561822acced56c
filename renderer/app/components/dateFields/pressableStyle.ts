/**
 * react-aria adds an inline <style> for its pressable elements unless an element with this id exists;
 * the CSP (style-src 'self') blocks inline styles and logs a violation. The rule lives in dateFields.css
 * instead, and this marker tells react-aria it is there.
 */
const STYLE_ID = 'react-aria-pressable-style';

if (typeof document !== 'undefined' && !document.getElementById(STYLE_ID)) {
  const marker = document.createElement('meta');
  marker.id = STYLE_ID;
  document.head.append(marker);
}
