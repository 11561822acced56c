import { hostFairness, type FairnessResult } from '../../../shared/plan/fairness';
import { useMessages } from '../../app/i18n/useMessages';
import { territoryLookup, type PlanYearData } from './usePlanYear';

/** How often each territory hosted, this year and over all years, with a warning at a gap of two. */
export function FairnessView({ data }: { data: PlanYearData }) {
  const messages = useMessages().plan;
  const t = messages.fairness;
  const lookup = territoryLookup(data.territories);
  const ids = data.plan?.rotationOrder ?? data.territories.map((tr) => tr.id);
  const year = hostFairness(data.sittings, ids);
  const all = hostFairness(data.allSittings, ids);
  const names = (list: string[]) => messages.list(list.map(lookup.hostName));
  const max = Math.max(1, ...year.counts.map((c) => c.hosted));
  const warning = (result: FairnessResult, text: (most: string, fewest: string, gap: number) => string) =>
    result.warning ? <li>{text(names(result.warning.most), names(result.warning.fewest), result.warning.gap)}</li> : null;

  return (
    <section aria-labelledby="fairness-title" className="fairness">
      <h2 id="fairness-title">{t.title}</h2>
      <div aria-live="polite">
        {year.warning || all.warning ? (
          <div className="notice warn" role="alert">
            <ul className="warning-list">
              {warning(year, (m, f, g) => t.unbalancedYear(data.year, m, f, g))}
              {warning(all, t.unbalancedAll)}
            </ul>
          </div>
        ) : (
          <p className="notice">{t.balanced}</p>
        )}
      </div>
      <table className="data fairness-table">
        <thead>
          <tr>
            <th scope="col">{t.territory}</th>
            <th scope="col">{t.hostedYear(data.year)}</th>
            <th scope="col">{t.cancelledYear(data.year)}</th>
            <th scope="col">{t.hostedAll}</th>
          </tr>
        </thead>
        <tbody>
          {year.counts.map((count) => {
            const overall = all.counts.find((c) => c.territoryId === count.territoryId);
            return (
              <tr key={count.territoryId} data-territory={lookup.hostName(count.territoryId)}>
                <th scope="row">{lookup.hostName(count.territoryId)}</th>
                <td>
                  <span className="fairness-count" data-testid="hosted-year">
                    {count.hosted}
                  </span>
                  <span className="fairness-bar" aria-hidden="true" style={{ width: `${(count.hosted / max) * 8}rem` }} />
                </td>
                <td>{count.cancelled}</td>
                <td data-testid="hosted-all">{overall?.hosted ?? 0}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="muted">{t.countNote}</p>
    </section>
  );
}
