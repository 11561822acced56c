import type { ScreenProps } from '../../app/screens';
import { useMessages } from '../../app/i18n/useMessages';
import { href } from '../../app/router';
import { todayIso } from '../../app/format/dates';
import { PlanForm } from './PlanForm';
import { PlanYearView, type PlanView } from './PlanYearView';
import { usePlanYear } from './usePlanYear';
import './plan.css';

const views: readonly PlanView[] = ['list', 'calendar', 'fairness'];

/** Sitzungsplan: #/plan/<year>[?view=list|calendar|fairness], #/plan/<year>/new for a new plan. */
export default function PlanScreen({ route }: ScreenProps) {
  const t = useMessages().plan;
  const common = useMessages().common;
  const requested = Number(route.segments[1]);
  const year = Number.isInteger(requested) && requested >= 2000 && requested <= 2100 ? requested : Number(todayIso().slice(0, 4));
  const creating = route.segments[2] === 'new';
  const viewParam = route.query.get('view') as PlanView | null;
  const view = viewParam && views.includes(viewParam) ? viewParam : 'list';
  const data = usePlanYear(year);

  return (
    <section>
      <h1>{t.title}</h1>
      <nav className="year-nav" aria-label={t.yearNav}>
        {year > 2000 && (
          <a href={href(`/plan/${year - 1}?view=${view}`)} aria-label={t.previousYear(year - 1)}>
            ‹ {year - 1}
          </a>
        )}
        <span className="year-current" aria-current="page">
          {year}
        </span>
        {year < 2100 && (
          <a href={href(`/plan/${year + 1}?view=${view}`)} aria-label={t.nextYear(year + 1)}>
            {year + 1} ›
          </a>
        )}
      </nav>
      {!data ? (
        <p className="muted">{common.loading}</p>
      ) : creating && !data.plan ? (
        <PlanForm key={year} data={data} />
      ) : (
        <>
          {creating && data.plan && <p className="notice">{t.form.exists(year)}</p>}
          <PlanYearView key={year} data={data} view={view} savedNotice={route.query.get('saved') === '1'} />
        </>
      )}
    </section>
  );
}
