import { useState } from 'react';
import { useGrowingCount } from '../../app/components/useGrowingCount';
import { formatDateShort } from '../../app/format/dates';
import { useLanguage, useMessages } from '../../app/i18n/useMessages';
import { href } from '../../app/router';
import { CreateSittingForm } from './CreateSittingForm';
import { SittingStatusBadge } from './SittingStatusBadge';
import { announcementState } from '../../../shared/sittings/announcement';
import type { Sitting } from '../../../shared/domain/sitting';

const untoldOf = (sitting: Sitting) => {
  const kind = announcementState(sitting).kind;
  return kind === 'changeUntold' ? 'change' : kind === 'cancelUntold' ? 'cancel' : undefined;
};
import { useSittingsList, type SittingListEntry } from './useSittingsList';

function AttendanceSummary({ entry }: { entry: SittingListEntry }) {
  const t = useMessages().sittings;
  if (entry.recorded === 0) return <span className="muted">{t.attendanceNone}</span>;
  return (
    <>
      {t.attendanceCounts(entry.present, entry.represented, entry.excused, entry.absent)}
      {entry.recorded < entry.members && <span className="muted block">{t.attendancePartial(entry.recorded, entry.members)}</span>}
    </>
  );
}

function SittingTable({ caption, entries, empty }: { caption: string; entries: SittingListEntry[]; empty: string }) {
  const t = useMessages().sittings;
  const language = useLanguage();
  // Thirty years are 360 rows: the first screenful at once, the rest right after (as the Aufgabenliste).
  const rendered = useGrowingCount(entries.length, caption);
  return (
    <section className="panel" aria-label={caption}>
      <h2>{caption}</h2>
      {entries.length === 0 ? (
        <p className="muted">{empty}</p>
      ) : (
        <table className="data sittings-table">
          <thead>
            <tr>
              <th scope="col">{t.columns.date}</th>
              <th scope="col">{t.columns.host}</th>
              <th scope="col">{t.columns.venue}</th>
              <th scope="col">{t.columns.status}</th>
              <th scope="col">{t.columns.attendance}</th>
            </tr>
          </thead>
          <tbody>
            {entries.slice(0, rendered).map((entry) => (
              <tr key={entry.sitting.id}>
                <td>
                  <a href={href(`/sittings/${entry.sitting.id}`)}>
                    <strong>{formatDateShort(entry.sitting.date, language)}</strong>
                  </a>
                  <span className="muted block">
                    {t.timeRange(entry.sitting.start, entry.sitting.end)} · {t.bodies[entry.sitting.body]}
                  </span>
                </td>
                <td>{entry.host?.name ?? <span className="muted">{t.noHost}</span>}</td>
                <td>{entry.sitting.venue}</td>
                <td>
                  <SittingStatusBadge status={entry.sitting.status} untold={untoldOf(entry.sitting)} />
                </td>
                <td>
                  <AttendanceSummary entry={entry} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}

export function SittingsOverview() {
  const t = useMessages().sittings;
  const common = useMessages().common;
  const list = useSittingsList();
  const [creating, setCreating] = useState(false);

  return (
    <section>
      <div className="page-head">
        <h1>{t.title}</h1>
        <div className="toolbar">
          <button type="button" className="button primary" aria-expanded={creating} onClick={() => setCreating((v) => !v)}>
            {t.create}
          </button>
          <a className="button" href={href('/sittings/stats')}>
            {t.statistics}
          </a>
        </div>
      </div>
      {creating && <CreateSittingForm onDone={() => setCreating(false)} />}
      {!list ? (
        <p className="muted">{common.loading}</p>
      ) : list.upcoming.length + list.past.length === 0 ? (
        <p className="panel muted">{t.empty}</p>
      ) : (
        <>
          <SittingTable caption={t.upcoming} entries={list.upcoming} empty={t.noUpcoming} />
          <SittingTable caption={t.past} entries={list.past} empty={t.noPast} />
        </>
      )}
    </section>
  );
}
