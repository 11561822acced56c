import { afterEach, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { AutosaveField } from '../../../../../renderer/app/autosave/AutosaveField';

afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

/**
 * The late echo of an earlier save (the live query reporting the database as it was after the
 * first of two writes) arrives after the second write finished: the field keeps what was typed.
 */
it('a late echo of an earlier save never reverts a text field, also while it is being typed in', async () => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
  const writes: string[] = [];
  const save = vi.fn(async (value: string) => {
    writes.push(value);
  });
  const view = render(<AutosaveField saveKey="echo.1" label="Text" value="" onSave={save} />);
  const input = screen.getByLabelText('Text') as HTMLInputElement;
  act(() => input.focus());
  fireEvent.change(input, { target: { value: '1' } });
  await act(async () => vi.advanceTimersByTime(700));
  fireEvent.change(input, { target: { value: '13' } });
  await act(async () => vi.advanceTimersByTime(700));
  expect(writes).toEqual(['1', '13']);
  // The live query now reports the state after the first write only.
  view.rerender(<AutosaveField saveKey="echo.1" label="Text" value="1" onSave={save} />);
  expect(input.value).toBe('13');
  act(() => input.blur());
  view.rerender(<AutosaveField saveKey="echo.1" label="Text" value="1" onSave={save} />);
  expect(input.value).toBe('13');
  view.rerender(<AutosaveField saveKey="echo.1" label="Text" value="13" onSave={save} />);
  expect(input.value).toBe('13');
  // A change from elsewhere, field untouched: shown.
  view.rerender(<AutosaveField saveKey="echo.1" label="Text" value="14 (anderer PC)" onSave={save} />);
  expect(input.value).toBe('14 (anderer PC)');
});
