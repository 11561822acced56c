import type { MinutesDecision, MinutesItem } from '../../../shared/minutes/minutesDocument';
import { isUnanimous, unanimousVotes, voteResult } from '../../../shared/minutes/voteResult';
import { useDatabase } from '../../app/DatabaseContext';
import { useConfirm } from '../../app/components/useConfirm';
import { useMessages } from '../../app/i18n/useMessages';
import { ValidationError } from '../../db/rowWriter';
import { deleteDecision, updateDecision } from '../../db/repositories/agendaRepository';
import { AutosaveField } from '../../app/autosave/AutosaveField';
import { AutosaveStatus } from '../../app/autosave/AutosaveStatus';
import { useAutosave } from '../../app/autosave/useAutosave';
import { fieldIds } from './minutesLinks';
import { useActionError } from './useActionError';
import { parseVotes, sameVotes, toDraft, voteKeys, type VoteDraft } from './voteDraft';
import type { SittingMinutes } from './useSittingMinutes';

/** Decisions of an item: motion, exact wording, the vote and its computed result. */
export function DecisionsList({ data, item }: { data: SittingMinutes; item: MinutesItem }) {
  const t = useMessages().minutes.decisions;
  if (item.decisions.length === 0) return null;
  return (
    <div className="mn-decisions">
      <h4>{t.heading}</h4>
      {item.decisions.map((decision) => (
        <DecisionEditor key={decision.id} decision={decision} locked={data.locked} present={data.document.attendance.presentCount} />
      ))}
    </div>
  );
}

function DecisionEditor({ decision, locked, present }: { decision: MinutesDecision; locked: boolean; present: number }) {
  const t = useMessages().minutes.decisions;
  const db = useDatabase();
  const { confirm, dialog: confirmDialog } = useConfirm();
  const { error, run } = useActionError();
  const votesId = fieldIds.decisionVotes(decision.id);
  const { draft, setDraft, onFocus, onBlur, state } = useAutosave<VoteDraft>({
    key: `decisions.${decision.id}.votes`,
    stored: toDraft(decision.votes),
    save: async (value) => {
      const parsed = parseVotes(value);
      if (!parsed.ok) throw new ValidationError(t.invalidCount, [{ path: 'votes', message: t.invalidCount }]);
      await updateDecision(db, decision.id, { votes: parsed.votes });
    },
    readOnly: locked,
    equivalent: sameVotes,
  });
  const parsed = parseVotes(draft);
  const votes = parsed.ok ? parsed.votes : decision.votes;
  const result = voteResult(votes);
  const outcome = result === 'accepted' && isUnanimous(votes) ? t.unanimousAccepted : t.result[result];
  const remove = () => {
    void confirm({ title: t.removeConfirm(decision.number) }).then((yes) => yes && run(() => deleteDecision(db, decision.id)));
  };

  return (
    <div className="mn-decision-editor">
      <div className="mn-panel-head">
        <h5>{t.title(decision.number)}</h5>
        {!locked && (
          <button type="button" className="button small danger" aria-label={t.remove(decision.number)} onClick={remove}>
            ✕
          </button>
        )}
      </div>
      <AutosaveField
        saveKey={`decisions.${decision.id}.motion`}
        label={t.motion}
        value={decision.motion ?? ''}
        readOnly={locked}
        multiline
        rows={2}
        onSave={(motion) => updateDecision(db, decision.id, { motion })}
      />
      <AutosaveField
        id={fieldIds.decisionWording(decision.id)}
        saveKey={`decisions.${decision.id}.wording`}
        label={t.wording}
        value={decision.wording}
        readOnly={locked}
        multiline
        rows={3}
        onSave={(wording) => updateDecision(db, decision.id, { wording })}
      />
      <fieldset className="mn-votes" aria-describedby={state.kind === 'error' ? `${votesId}-state` : undefined}>
        <legend>
          {t.votes} {state.kind !== 'error' && <AutosaveStatus state={state} />}
        </legend>
        <div className="mn-votes-row">
          {voteKeys.map((key) => (
            <label key={key} className="mn-vote-count">
              <span>{t[key]}</span>
              <input
                id={key === 'yes' ? votesId : undefined}
                type="number"
                min={0}
                step={1}
                inputMode="numeric"
                value={draft[key]}
                readOnly={locked}
                aria-invalid={state.kind === 'error' ? true : undefined}
                onChange={(e) => setDraft({ ...draft, [key]: e.target.value })}
                onFocus={onFocus}
                onBlur={onBlur}
              />
            </label>
          ))}
          {!locked && present > 0 && (
            <button type="button" className="button small" onClick={() => setDraft(toDraft(unanimousVotes(present)))}>
              {t.unanimous(present)}
            </button>
          )}
          <output className={`mn-vote-result mn-result-${result}`} aria-live="polite">
            {outcome}
          </output>
        </div>
        {state.kind === 'error' && <AutosaveStatus state={state} id={`${votesId}-state`} />}
      </fieldset>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
      {confirmDialog}
    </div>
  );
}
