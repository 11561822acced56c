import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

/**
 * Only the main window syncs: main.tsx, loaded at a print route (Electron's hidden print window) or
 * inside a frame (web mode's hidden print frame), starts no sync scheduler.
 */
const started = vi.fn();
vi.mock('../../../../renderer/sync/syncScheduler', () => ({ startSyncScheduler: (...args: unknown[]) => started(...args) }));
vi.mock('../../../../renderer/app/App', () => ({ App: () => null }));
vi.mock('../../../../renderer/app/persistentStorage', () => ({ requestPersistentStorage: async () => false }));
// Nothing is rendered: React's scheduler would otherwise run work after the test environment is gone.
vi.mock('react-dom/client', () => ({ createRoot: () => ({ render: () => undefined, unmount: () => undefined }) }));

async function loadMainAt(hash: string, framed = false): Promise<void> {
  document.body.innerHTML = '<div id="root"></div>';
  window.location.hash = hash;
  const top = vi.spyOn(window, 'top', 'get');
  if (framed) top.mockReturnValue({} as Window);
  else top.mockReturnValue(window);
  vi.resetModules();
  await import('../../../../renderer/main');
  // The scheduler starts a second after the first render, when idle (main.tsx): give it time to start.
  await new Promise((resolve) => setTimeout(resolve, 1_500));
}

describe('which window syncs', () => {
  beforeEach(() => {
    started.mockClear();
    document.body.innerHTML = '<div id="root"></div>';
  });
  afterEach(() => {
    vi.restoreAllMocks();
    window.location.hash = '';
  });

  it('the main window starts the scheduler', async () => {
    await loadMainAt('#/');
    await vi.waitFor(() => expect(started).toHaveBeenCalledTimes(1));
  });

  it('the hidden print window (#/print) starts none', async () => {
    await loadMainAt('#/print');
    await loadMainAt('#/print/minutes/01JS0000000000000000000001?version=2');
    expect(started).not.toHaveBeenCalled();
  });

  it('a framed copy of the app (web mode print frame) starts none, even on a normal route', async () => {
    await loadMainAt('#/sync', true);
    expect(started).not.toHaveBeenCalled();
  });
});
