import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import fc from 'fast-check';
import { useState, type Dispatch, type SetStateAction } from 'react';
import { AutosaveField } from '../../../../../renderer/app/autosave/AutosaveField';
import { useAutosave } from '../../../../../renderer/app/autosave/useAutosave';
import { parseVotes, sameVotes, toDraft, voteKeys, type VoteDraft } from '../../../../../renderer/features/minutes/voteDraft';
import type { Vote } from '../../../../../shared/domain/minutes';

/**
 * Autosave under fast typing (issue 19, point 1). Every autosaving field of the minutes is an
 * AutosaveField (header, agenda title/presenter, motion, wording, actionItem text/owner/due, attendance
 * reason) or uses useAutosave directly with a string (item text) or an object rebuilt on every
 * render (the votes, incl. "einstimmig"). Both shapes are driven here against a fake database whose
 * writes and live-query refreshes are delivered by fast-check's scheduler in random order, with
 * keystrokes typed into what the field SHOWS (as a browser does), no delay between keys, blur and
 * focus at random, and the debounce timer advanced at random. At the end, the database and the
 * field hold exactly what the user meant to type.
 */

type Action =
  | { kind: 'type'; field: number; char: string }
  | { kind: 'backspace'; field: number }
  | { kind: 'blur' }
  | { kind: 'timer' }
  | { kind: 'refresh' }
  | { kind: 'step' };

const actionArb = (fields: number, chars: fc.Arbitrary<string>): fc.Arbitrary<Action> =>
  fc.oneof(
    { weight: 4, arbitrary: fc.record({ kind: fc.constant('type' as const), field: fc.nat(fields - 1), char: chars }) },
    { weight: 1, arbitrary: fc.record({ kind: fc.constant('backspace' as const), field: fc.nat(fields - 1) }) },
    { weight: 1, arbitrary: fc.constant({ kind: 'blur' as const }) },
    { weight: 3, arbitrary: fc.constant({ kind: 'timer' as const }) },
    { weight: 2, arbitrary: fc.constant({ kind: 'refresh' as const }) },
    { weight: 4, arbitrary: fc.constant({ kind: 'step' as const }) },
  );

/**
 * A database cell with a live query: a refresh reads the value now and delivers it later, at a
 * random moment. Like Dexie's liveQuery, a result never replaces a newer one already delivered.
 */
function fakeDatabase<T>(scheduler: fc.Scheduler, initial: T) {
  const db = { value: initial, setStored: undefined as Dispatch<SetStateAction<T>> | undefined };
  let queried = 0;
  let delivered = 0;
  const refresh = () => {
    const snapshot = db.value;
    const seq = ++queried;
    void scheduler.schedule(Promise.resolve(snapshot), 'live query').then((value) => {
      if (seq < delivered) return;
      delivered = seq;
      act(() => db.setStored?.(value));
    });
  };
  const save = async (value: T) => {
    await scheduler.schedule(Promise.resolve(), 'write');
    db.value = value;
    refresh();
  };
  return { db, refresh, save };
}

async function drive(scheduler: fc.Scheduler, actions: Action[], inputs: () => HTMLInputElement[], fake: { refresh: () => void }, model: string[]) {
  let focused: HTMLInputElement | undefined;
  const focus = (input: HTMLInputElement) => {
    if (focused === input) return;
    if (focused) act(() => focused!.blur());
    focused = input;
    act(() => input.focus());
  };
  for (const action of actions) {
    if (action.kind === 'type' || action.kind === 'backspace') {
      const input = inputs()[action.field]!;
      focus(input);
      const shown = input.value;
      const next = action.kind === 'type' ? shown + action.char : shown.slice(0, -1);
      model[action.field] = action.kind === 'type' ? model[action.field]! + action.char : model[action.field]!.slice(0, -1);
      fireEvent.change(input, { target: { value: next } });
    } else if (action.kind === 'blur') {
      if (focused) act(() => focused!.blur());
      focused = undefined;
    } else if (action.kind === 'timer') {
      act(() => vi.advanceTimersByTime(700));
    } else if (action.kind === 'refresh') {
      fake.refresh();
    } else if (scheduler.count() > 0) {
      await act(() => scheduler.waitOne());
    }
  }
  // The user leaves the field; everything scheduled runs, the live query settles.
  if (focused) act(() => focused!.blur());
  for (let round = 0; round < 20; round++) {
    act(() => vi.advanceTimersByTime(700));
    await act(() => scheduler.waitAll());
    fake.refresh();
    await act(() => scheduler.waitAll());
  }
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
  localStorage.clear();
});

let run = 0;

function TextHarness({ fake }: { fake: ReturnType<typeof fakeDatabase<string>> }) {
  const [stored, setStored] = useState(fake.db.value);
  fake.db.setStored = setStored;
  return <AutosaveField saveKey={`prop.${run}.text`} label="Text" value={stored} onSave={fake.save} />;
}

type Votes = Vote | undefined;
const keys = voteKeys;
const parse = (draft: VoteDraft): Votes => {
  const parsed = parseVotes(draft);
  if (!parsed.ok) throw new Error('only digits are typed');
  return parsed.votes;
};

/** The shape of DecisionsEditor's votes: a new `stored` object on every render, parsed on save. */
function VotesHarness({ fake }: { fake: ReturnType<typeof fakeDatabase<Votes>> }) {
  const [stored, setStored] = useState(fake.db.value);
  fake.db.setStored = setStored;
  const { draft, setDraft, onFocus, onBlur, state } = useAutosave({
    key: `prop.${run}.votes`,
    stored: toDraft(stored),
    save: (value) => fake.save(parse(value)),
    equivalent: sameVotes,
  });
  return (
    <fieldset>
      <legend>Abstimmung {state.kind}</legend>
      {keys.map((key) => (
        <label key={key}>
          {key}
          <input value={draft[key]} onFocus={onFocus} onBlur={onBlur} onChange={(e) => setDraft({ ...draft, [key]: e.target.value })} />
        </label>
      ))}
    </fieldset>
  );
}

const params = { numRuns: Number(process.env.AUTOSAVE_RUNS ?? 100), seed: Number(process.env.AUTOSAVE_SEED ?? 19) };

describe('autosave never loses or reverts input (property)', () => {
  it('a text field ends with exactly the last typed value, in the field and in the database', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(actionArb(1, fc.constantFrom('a', 'b', 'ä', ' ', '1')), { minLength: 1, maxLength: 40 }), async (s, actions) => {
        run += 1;
        const fake = fakeDatabase(s, 'Alt');
        const view = render(<TextHarness fake={fake} />);
        const model = ['Alt'];
        await drive(s, actions, () => [screen.getByLabelText('Text') as HTMLInputElement], fake, model);
        const shown = (screen.getByLabelText('Text') as HTMLInputElement).value;
        view.unmount();
        expect({ db: fake.db.value, shown }).toEqual({ db: model[0], shown: model[0] });
      }),
      params,
    );
  }, 240_000);

  it('the votes (an object rebuilt on every render) end with exactly the typed counts', async () => {
    await fc.assert(
      fc.asyncProperty(fc.scheduler(), fc.array(actionArb(3, fc.constantFrom('0', '1', '3', '7')), { minLength: 1, maxLength: 40 }), async (s, actions) => {
        run += 1;
        const fake = fakeDatabase<Votes>(s, undefined);
        const view = render(<VotesHarness fake={fake} />);
        const model = ['', '', ''];
        const inputs = () => keys.map((key) => screen.getByLabelText(key) as HTMLInputElement);
        await drive(s, actions, inputs, fake, model);
        const shown = inputs().map((input) => input.value);
        view.unmount();
        const typed = { yes: model[0]!, no: model[1]!, abstain: model[2]! };
        // The field keeps what was typed ("07", or an empty count beside others); the database its meaning.
        expect({ db: fake.db.value, shown }).toEqual({ db: parse(typed), shown: model });
      }),
      params,
    );
  }, 240_000);
});
