/**
 * Only the main window syncs. Print routes (Electron's hidden print window loads `#/print`, web
 * mode prints from a hidden same-origin iframe) and any framed or secondary copy of the app start
 * no scheduler: they would race the main window for the folder and write their own status
 * ("paused: noAccess" in a window without a preload) into the status row every minute.
 */
export function isSyncWindow(win: { location: { hash: string }; top: unknown; self: unknown }): boolean {
  if (win.top !== win.self) return false;
  const path = win.location.hash.replace(/^#/, '').split('?')[0] ?? '';
  return path.split('/').filter(Boolean)[0] !== 'print';
}
