import { evaluateQuorum } from '../../../shared/sittings/quorum';
import { rulesOfSitting } from '../../../shared/sittings/rulesOfTheDay';
import { useMessages } from '../../app/i18n/useMessages';
import type { SittingView } from './loadSittingView';

/** Beschlussfähigkeit, recomputed on every attendance change (the view is a live query). */
export function QuorumStatus({ view }: { view: SittingView }) {
  const t = useMessages().sittings.quorum;
  // A held sitting keeps the rule of its day (rulesOfTheDay.ts); a change in Einstellungen does not rewrite it.
  const rule = rulesOfSitting(view.sitting, view.settings).quorumRule;
  const result = evaluateQuorum(
    rule,
    view.seats,
    view.territories.map((territory) => territory.id),
  );
  const missing = result.territoriesMissing.map((id) => view.territoryById.get(id)?.name ?? id).join(', ');
  return (
    <section className={`panel quorum ${result.reached ? 'quorum-reached' : 'quorum-missing'}`} aria-labelledby="quorum-title">
      <h2 id="quorum-title">{t.title}</h2>
      <div role="status" aria-live="polite" data-testid="quorum">
        <p className="quorum-verdict">
          <span className={`badge ${result.reached ? 'ok' : 'danger'}`}>{result.reached ? t.reached : t.notReached}</span>
        </p>
        <p>
          {rule === 'majorityOfMembers'
            ? t.majority(result.attending, result.members, result.required)
            : t.territories(result.territoriesAttending.length, result.required)}
          {rule === 'allTerritories' && missing && ` ${t.missing(missing)}`}
        </p>
      </div>
      <p className="muted small">{view.sitting.rulesOfTheDay ? t.ruleKept : t.ruleNote}</p>
    </section>
  );
}
