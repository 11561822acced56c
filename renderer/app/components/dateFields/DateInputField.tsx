import './dateFields.css';
import './pressableStyle';
import { parseDate, type CalendarDate } from '@internationalized/date';
import {
  Button,
  Calendar,
  CalendarCell,
  CalendarGrid,
  DateInput,
  DatePicker,
  DateSegment,
  Dialog,
  Group,
  Heading,
  I18nProvider,
  Popover,
} from 'react-aria-components';
import { useLanguage, useMessages } from '../../i18n/useMessages';
import { fieldLocale } from './locale';
import { labelledBy, useFieldValue, type FieldControlProps } from './fieldValue';

function toDate(text: string): CalendarDate | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return null;
  try {
    return parseDate(text);
  } catch {
    return null;
  }
}

/** The year is typed digit by digit ("2", "20", "202", "2025"): years before 1000 are half-typed. */
function hasFullYear(text: string): boolean {
  return Number(text.slice(0, 4)) >= 1000;
}

/**
 * A date field in the UI language ("TT.MM.JJJJ" in German, whatever the browser or system locale),
 * typed segment by segment or picked from a calendar pop-up. Value: ISO date text ("2026-03-11") or "".
 * Drop-in for `<input type="date">`: works with register(), Field, value/onChange.
 */
export function DateInputField(props: FieldControlProps) {
  const language = useLanguage();
  const t = useMessages().common.dateFields;
  const { text, change, blur, groupRef } = useFieldValue(props, hasFullYear);
  return (
    <I18nProvider locale={fieldLocale(language)}>
      <DatePicker
        className="date-picker"
        value={toDate(text)}
        onChange={(value) => change(value ? value.toString() : '')}
        onBlur={blur}
        isDisabled={props.disabled}
        isInvalid={props['aria-invalid'] === true}
        shouldForceLeadingZeros
        granularity="day"
        {...labelledBy(props)}
        aria-describedby={props['aria-describedby']}
        data-name={props.name}
      >
        <Group className="date-group" ref={groupRef} id={props.id}>
          <DateInput className="date-segments">{(segment) => <DateSegment className="date-segment" segment={segment} />}</DateInput>
          <Button className="date-button" aria-label={t.openCalendar}>
            <span aria-hidden="true">▾</span>
          </Button>
        </Group>
        <Popover className="date-popover" placement="bottom start">
          <Dialog className="date-dialog" aria-label={t.calendar}>
            <Calendar className="date-calendar">
              <header className="date-calendar-header">
                <Button slot="previous" className="date-nav" aria-label={t.previousMonth}>
                  <span aria-hidden="true">‹</span>
                </Button>
                <Heading className="date-calendar-heading" />
                <Button slot="next" className="date-nav" aria-label={t.nextMonth}>
                  <span aria-hidden="true">›</span>
                </Button>
              </header>
              <CalendarGrid className="date-grid">{(date) => <CalendarCell className="date-cell" date={date} />}</CalendarGrid>
            </Calendar>
          </Dialog>
        </Popover>
      </DatePicker>
    </I18nProvider>
  );
}
