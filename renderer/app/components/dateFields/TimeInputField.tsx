import './dateFields.css';
import './pressableStyle';
import { Time } from '@internationalized/date';
import { DateInput, DateSegment, I18nProvider, TimeField, type TimeValue } from 'react-aria-components';
import { useLanguage } from '../../i18n/useMessages';
import { fieldLocale } from './locale';
import { labelledBy, useFieldValue, type FieldControlProps } from './fieldValue';

function toTime(text: string): Time | null {
  const match = /^(\d{2}):(\d{2})$/.exec(text);
  if (!match) return null;
  const hour = Number(match[1]);
  const minute = Number(match[2]);
  return hour < 24 && minute < 60 ? new Time(hour, minute) : null;
}

function toText(value: TimeValue | null): string {
  if (!value) return '';
  return `${String(value.hour).padStart(2, '0')}:${String(value.minute).padStart(2, '0')}`;
}

/**
 * A time field in the UI language, always 24-hour ("14:00", never "02:00 PM"). Value: "HH:mm" or "".
 * Drop-in for `<input type="time">`: works with register(), Field, value/onChange.
 */
export function TimeInputField(props: FieldControlProps) {
  const language = useLanguage();
  const { text, change, blur, groupRef } = useFieldValue(props);
  return (
    <I18nProvider locale={fieldLocale(language)}>
      <TimeField
        className="time-picker"
        value={toTime(text)}
        onChange={(value) => change(toText(value))}
        onBlur={blur}
        isDisabled={props.disabled}
        isInvalid={props['aria-invalid'] === true}
        hourCycle={24}
        shouldForceLeadingZeros
        granularity="minute"
        {...labelledBy(props)}
        aria-describedby={props['aria-describedby']}
        data-name={props.name}
      >
        <div className="date-group" ref={groupRef} id={props.id}>
          <DateInput className="date-segments">{(segment) => <DateSegment className="date-segment" segment={segment} />}</DateInput>
        </div>
      </TimeField>
    </I18nProvider>
  );
}
