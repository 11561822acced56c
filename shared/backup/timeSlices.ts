/**
 * Long work cut into short slices: the caller asks `due()` between small units of work and, when it
 * says so, awaits `pause()`, which gives the event loop a turn (the window paints, reacts to input)
 * and starts a new slice. A slice lasts about `budgetMs`; no task stays long enough to freeze the
 * window.
 */
export interface TimeSlicer {
  due(): boolean;
  pause(): Promise<void>;
}

type YieldingScheduler = { yield?: () => Promise<void> };

/** `scheduler.yield()` where the engine has it (Chromium, Electron): no minimum delay; else a zero timeout. */
function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: YieldingScheduler }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}

const now = (): number => globalThis.performance?.now() ?? Date.now();

export function timeSlicer(budgetMs = 12): TimeSlicer {
  let sliceStart = now();
  return {
    due: () => now() - sliceStart >= budgetMs,
    pause: async () => {
      await yieldToEventLoop();
      sliceStart = now();
    },
  };
}
