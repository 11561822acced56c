import { useDatabase } from '../../app/DatabaseContext';
import { useMessages } from '../../app/i18n/useMessages';
import { addDecision } from '../../db/repositories/agendaRepository';
import { fieldIds, focusWhenRendered } from './minutesLinks';
import { useActionError } from './useActionError';

export function AddDecisionButton({ itemId }: { itemId: string }) {
  const t = useMessages().minutes.decisions;
  const db = useDatabase();
  const { error, run } = useActionError();
  const add = () =>
    run(async () => {
      const decision = await addDecision(db, itemId);
      focusWhenRendered(fieldIds.decisionWording(decision.id));
    });
  return (
    <>
      <button type="button" className="button small" onClick={() => void add()}>
        {t.add}
      </button>
      {error && (
        <p role="alert" className="error-text">
          {error}
        </p>
      )}
    </>
  );
}
