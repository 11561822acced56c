/**
 * How a printer knows a print route is ready, the same for Electron's hidden print window, web
 * mode and the tests. The renderer wraps every print document in an element carrying
 * data-print-route="<route>" (keyed by the route, so it remounts on every navigation); the
 * document marks itself data-print-ready="true" once its data is loaded, or data-print-failed.
 * Waiting for *this* route's wrapper means a reused print window can never print the previous
 * document.
 */
export const PRINT_ROUTE_ATTRIBUTE = 'data-print-route';
export const PRINT_READY_ATTRIBUTE = 'data-print-ready';
export const PRINT_FAILED_ATTRIBUTE = 'data-print-failed';

/**
 * A self-contained script (for executeJavaScript / page.evaluate) that resolves to 'ready', 'failed' or 'timeout'
 * once the route's document is ready and its fonts are loaded. Event-driven: no polling delay.
 */
export function printReadinessScript(route: string, timeoutMs: number): string {
  return `new Promise((resolve) => {
  const route = ${JSON.stringify(route)};
  const state = () => {
    const root = [...document.querySelectorAll('[${PRINT_ROUTE_ATTRIBUTE}]')].find((e) => e.getAttribute('${PRINT_ROUTE_ATTRIBUTE}') === route);
    if (!root) return null;
    if (root.querySelector('[${PRINT_FAILED_ATTRIBUTE}]')) return 'failed';
    if (root.querySelector('[${PRINT_READY_ATTRIBUTE}="true"]')) return 'ready';
    return null;
  };
  let observer;
  let timer;
  const finish = (result) => {
    observer.disconnect();
    clearTimeout(timer);
    document.fonts.ready.then(() => resolve(result));
  };
  observer = new MutationObserver(() => { const s = state(); if (s) finish(s); });
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true });
  timer = setTimeout(() => { observer.disconnect(); resolve('timeout'); }, ${Math.max(0, Math.floor(timeoutMs))});
  const now = state();
  if (now) finish(now);
})`;
}
