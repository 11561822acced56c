import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import type { Sitting } from '../../../shared/domain/sitting';
import type { BlockedPeriod } from '../../../shared/domain/plan';
import { findBlockedPeriod } from '../../../shared/plan/dayObstacles';
import { addDays, addMonths, daysInMonth, isoDate, isoWeekday, isWeekend } from '../../../shared/dates/isoDates';
import { saxonHolidayName } from '../../../shared/plan/saxonHolidays';
import { formatDateLong, todayIso } from '../../app/format/dates';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { isChangeable } from './sittingActions';
import { monthName, weekdayNameOf, weekdayShortOf } from './planFormat';
import type { PlanPanel } from './planPanel';
import { holidayName, planNotesText } from '../../app/format/planNotes';
import { sittingTitleText } from '../../app/format/sittingTitle';

interface CalendarProps {
  year: number;
  sittings: readonly Sitting[];
  blockedPeriods: readonly BlockedPeriod[];
  hostName: (id: string | undefined) => string;
  onOpen: (panel: PlanPanel) => void;
}

/** The weeks of a month, Monday first; null where the day belongs to another month. */
function monthWeeks(year: number, month: number): (string | null)[][] {
  const first = isoDate(year, month, 1);
  const cells: (string | null)[] = Array.from({ length: isoWeekday(first) - 1 }, () => null);
  for (let day = 1; day <= daysInMonth(year, month); day += 1) cells.push(isoDate(year, month, day));
  while (cells.length % 7 !== 0) cells.push(null);
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
}

function keyTarget(date: string, key: string): string | undefined {
  switch (key) {
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'Home':
      return addDays(date, 1 - isoWeekday(date));
    case 'End':
      return addDays(date, 7 - isoWeekday(date));
    case 'PageDown':
    case 'PageUp':
      return addMonths(date, key === 'PageDown' ? 1 : -1);
    default:
      return undefined;
  }
}

/**
 * Twelve small months as accessible grids. One day is in the tab order at a time (roving
 * tabindex); arrows, Home/End and Page up/down move, Enter or Space shows the day's sittings.
 */
export function YearCalendar({ year, sittings, blockedPeriods, hostName, onOpen }: CalendarProps) {
  const messages = useMessages();
  const t = messages.plan;
  const language = useLanguage();
  const notes = { messages, language, hostName };
  const today = todayIso();
  const firstSitting = sittings.find((s) => s.status !== 'cancelled')?.date;
  const [focused, setFocused] = useState(today.startsWith(`${year}-`) ? today : (firstSitting ?? `${year}-01-01`));
  const [selected, setSelected] = useState<string | null>(null);
  const moveFocus = useRef(false);
  const container = useRef<HTMLDivElement>(null);
  const byDate = new Map<string, Sitting[]>();
  for (const s of sittings) byDate.set(s.date, [...(byDate.get(s.date) ?? []), s]);

  useEffect(() => {
    if (!moveFocus.current) return;
    moveFocus.current = false;
    container.current?.querySelector<HTMLElement>(`[data-date="${focused}"]`)?.focus();
  }, [focused]);

  const onKeyDown = (event: KeyboardEvent<HTMLElement>, date: string) => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      setSelected(date);
      return;
    }
    const target = keyTarget(date, event.key);
    if (!target) return;
    event.preventDefault();
    if (!target.startsWith(`${year}-`)) return;
    moveFocus.current = true;
    setFocused(target);
  };

  const dayDescription = (date: string) => {
    const parts = [formatDateLong(date, language)];
    for (const s of byDate.get(date) ?? []) {
      const text = t.calendar.daySitting(sittingTitleText(s, messages), hostName(s.hostTerritoryId), t.timeRange(s.start, s.end));
      parts.push(s.status === 'cancelled' ? `${text} (${t.statuses.cancelled})` : text);
    }
    const holiday = saxonHolidayName(date);
    if (holiday) parts.push(t.calendar.dayHoliday(holidayName(holiday, messages)));
    const blocked = findBlockedPeriod(date, blockedPeriods);
    if (blocked) parts.push(t.calendar.dayBlocked(blocked.label));
    return parts.join('. ');
  };

  const selectedSittings = selected ? (byDate.get(selected) ?? []) : [];

  return (
    <section aria-labelledby="calendar-title">
      <h2 id="calendar-title">{t.calendar.title(year)}</h2>
      <p className="muted">{t.calendar.hint}</p>
      <ul className="calendar-legend" aria-hidden="true">
        <li>
          <span className="legend-swatch has-sitting" /> {t.calendar.legendSitting}
        </li>
        <li>
          <span className="legend-swatch is-cancelled" /> {t.calendar.legendCancelled}
        </li>
        <li>
          <span className="legend-swatch is-holiday" /> {t.calendar.legendHoliday}
        </li>
        <li>
          <span className="legend-swatch is-blocked" /> {t.calendar.legendBlocked}
        </li>
      </ul>
      <div className="year-calendar" ref={container}>
        {Array.from({ length: 12 }, (_, i) => i + 1).map((month) => (
          <div className="calendar-month" key={month}>
            <h3 id={`cal-month-${month}`}>{monthName(month, language)}</h3>
            <table role="grid" aria-labelledby={`cal-month-${month}`}>
              <thead>
                <tr>
                  {[1, 2, 3, 4, 5, 6, 7].map((wd) => (
                    <th key={wd} scope="col" abbr={weekdayNameOf(wd, language)}>
                      {weekdayShortOf(wd, language)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {monthWeeks(year, month).map((week, w) => (
                  <tr key={w}>
                    {week.map((date, d) => {
                      if (!date) return <td key={d} className="calendar-empty" />;
                      const daySittings = byDate.get(date) ?? [];
                      const active = daySittings.filter((s) => s.status !== 'cancelled');
                      const classes = [
                        'calendar-day',
                        active.length ? 'has-sitting' : daySittings.length ? 'is-cancelled' : '',
                        saxonHolidayName(date) ? 'is-holiday' : '',
                        findBlockedPeriod(date, blockedPeriods) ? 'is-blocked' : '',
                        isWeekend(date) ? 'is-weekend' : '',
                        date === today ? 'is-today' : '',
                      ].filter(Boolean);
                      return (
                        <td
                          key={date}
                          role="gridcell"
                          className={classes.join(' ')}
                          data-date={date}
                          tabIndex={date === focused ? 0 : -1}
                          aria-selected={date === selected}
                          onKeyDown={(e) => onKeyDown(e, date)}
                          onClick={() => {
                            setFocused(date);
                            setSelected(date);
                          }}
                        >
                          <span aria-hidden="true">{Number(date.slice(8))}</span>
                          <span className="visually-hidden">{dayDescription(date)}</span>
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ))}
      </div>
      <div className="panel day-details" aria-live="polite">
        <h3>{t.calendar.selected}</h3>
        {selected && (
          <>
            <p>
              <strong>{formatDateLong(selected, language)}</strong>
            </p>
            {selectedSittings.length === 0 ? (
              <p className="muted">{t.calendar.nothingOnDay}</p>
            ) : (
              <ul className="plain-list">
                {selectedSittings.map((s) => (
                  <li key={s.id}>
                    {sittingTitleText(s, messages)} · {hostName(s.hostTerritoryId)} · {s.venue} · {t.timeRange(s.start, s.end)} · {t.statuses[s.status]}
                    {planNotesText(s, notes) && <span className="muted block">{planNotesText(s, notes)}</span>}
                    {isChangeable(s) && (
                      <div className="row-actions">
                        <button type="button" className="button small" onClick={() => onOpen({ kind: 'move', sittingId: s.id })}>
                          {t.actions.move}
                        </button>
                        <button type="button" className="button small" onClick={() => onOpen({ kind: 'swap', sittingId: s.id })}>
                          {t.actions.swap}
                        </button>
                        <button type="button" className="button small danger" onClick={() => onOpen({ kind: 'cancel', sittingId: s.id })}>
                          {t.actions.cancel}
                        </button>
                      </div>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </>
        )}
      </div>
    </section>
  );
}
