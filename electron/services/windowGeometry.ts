import type { WindowBounds } from './desktopSettingsStore';

export interface Rectangle {
  x: number;
  y: number;
  width: number;
  height: number;
}

export const defaultWindowSize = { width: 1280, height: 840 };

/**
 * Where to open the main window: the remembered geometry if enough of it is still on a
 * connected screen (a laptop undocked from its second monitor must not open off-screen),
 * otherwise the default size centred on the primary screen.
 */
export function restoreWindowBounds(
  saved: WindowBounds | undefined,
  workAreas: readonly Rectangle[],
): { bounds: Rectangle | { width: number; height: number }; maximized: boolean } {
  if (saved) {
    const visible = workAreas.some((area) => overlap(saved, area) >= Math.min(200 * 100, saved.width * saved.height * 0.5));
    if (visible) {
      const area = workAreas.find((a) => overlap(saved, a) > 0) ?? workAreas[0];
      const width = area ? Math.min(saved.width, area.width) : saved.width;
      const height = area ? Math.min(saved.height, area.height) : saved.height;
      return { bounds: { x: saved.x, y: saved.y, width, height }, maximized: saved.maximized };
    }
  }
  const primary = workAreas[0];
  return {
    bounds: primary
      ? { width: Math.min(defaultWindowSize.width, primary.width), height: Math.min(defaultWindowSize.height, primary.height) }
      : defaultWindowSize,
    maximized: saved?.maximized ?? false,
  };
}

function overlap(a: Rectangle, b: Rectangle): number {
  const width = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const height = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return width > 0 && height > 0 ? width * height : 0;
}
