import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { LONG_TEXT, PREVIEW_PAUSE_MS, usePreviewSource } from '../../../../../renderer/features/minutes/usePreviewSource';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the live preview of a minutes text', () => {
  it('a long text is not shown again on every keystroke, only after a pause in typing', () => {
    const long = 'x'.repeat(LONG_TEXT + 10);
    const { result, rerender } = renderHook(({ source }) => usePreviewSource(source), { initialProps: { source: long } });
    expect(result.current).toBe(long);
    let typed = long;
    for (let key = 0; key < 20; key += 1) {
      typed += 'a';
      rerender({ source: typed });
      act(() => vi.advanceTimersByTime(50));
      expect(result.current).toBe(long);
    }
    act(() => vi.advanceTimersByTime(PREVIEW_PAUSE_MS));
    expect(result.current).toBe(typed);
  });

  it('a short text follows the typing', () => {
    const { result, rerender } = renderHook(({ source }) => usePreviewSource(source), { initialProps: { source: 'Kurz' } });
    rerender({ source: 'Kurz und gut' });
    expect(result.current).toBe('Kurz und gut');
  });
});
