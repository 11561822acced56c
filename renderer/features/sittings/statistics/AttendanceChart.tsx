import { useId } from 'react';
import type { AttendanceCounts } from '../../../../shared/sittings/attendanceStatistics';
import { useMessages } from '../../../app/i18n/useMessages';

export interface ChartRow {
  key: string;
  name: string;
  counts: AttendanceCounts;
}

const segments = ['present', 'represented', 'excused', 'absent'] as const;
const LABEL_WIDTH = 230;
const BAR_WIDTH = 520;
const ROW_HEIGHT = 22;

/**
 * A horizontal stacked bar per row (anwesend, vertreten, entschuldigt, abwesend), scaled to the most
 * sittings. Screen readers get the same numbers as text (title and description); the table beside it
 * stays the exact reference.
 */
export function AttendanceChart({ title, rows }: { title: string; rows: readonly ChartRow[] }) {
  const t = useMessages().sittings;
  const id = useId();
  const max = Math.max(1, ...rows.map((r) => r.counts.sittings));
  const height = rows.length * ROW_HEIGHT + 8;
  const scale = BAR_WIDTH / max;
  const description = rows
    .map((r) => t.stats.chartSummary(r.name, r.counts.present, r.counts.represented, r.counts.excused, r.counts.absent))
    .join('; ');

  return (
    <figure className="attendance-chart">
      <svg
        role="img"
        aria-labelledby={`${id}-title ${id}-desc`}
        viewBox={`0 0 ${LABEL_WIDTH + BAR_WIDTH + 40} ${height}`}
        width="100%"
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {rows.map((row, index) => {
          const y = index * ROW_HEIGHT + 4;
          let x = LABEL_WIDTH;
          return (
            <g key={row.key} aria-hidden="true">
              <text x={LABEL_WIDTH - 8} y={y + 14} textAnchor="end" className="chart-label">
                {row.name.length > 34 ? `${row.name.slice(0, 33)}…` : row.name}
              </text>
              {segments.map((segment) => {
                const width = row.counts[segment] * scale;
                const rect = width > 0 ? <rect key={segment} x={x} y={y} width={width} height={ROW_HEIGHT - 6} className={`bar-${segment}`} /> : null;
                x += width;
                return rect;
              })}
              <text x={x + 6} y={y + 14} className="chart-value">
                {row.counts.present + row.counts.represented}/{row.counts.sittings}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        {segments.map((segment) => (
          <span key={segment} className="legend-item">
            <span className={`legend-swatch bar-${segment}`} aria-hidden="true" /> {t.attendance.statuses[segment]}
          </span>
        ))}
        <span className="muted">{t.stats.chartValueNote}</span>
      </figcaption>
    </figure>
  );
}
