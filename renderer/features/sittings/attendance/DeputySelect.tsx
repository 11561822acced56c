import type { Ref } from 'react';
import { personDisplayName, type Person } from '../../../../shared/domain/person';
import type { RosterSeat } from '../../../../shared/sittings/sittingRoster';
import { useMessages } from '../../../app/i18n/useMessages';
import type { SittingView } from '../loadSittingView';

/** Option value that opens the form for a person not yet in the register. */
export const NEW_PERSON = '__new__';

const optionText = (person: Person) => (person.function ? `${personDisplayName(person)} (${person.function})` : personDisplayName(person));

/**
 * Who represents the member: the seat's standing deputies valid on the sitting's date first, then
 * every other person, then "Andere Person neu erfassen …".
 */
export function DeputySelect({
  ref,
  label,
  seat,
  view,
  value,
  onChange,
  onEscape,
}: {
  ref?: Ref<HTMLSelectElement>;
  label: string;
  seat: RosterSeat;
  view: SittingView;
  value: string;
  onChange: (value: string) => void;
  onEscape: () => void;
}) {
  const t = useMessages().sittings.attendance;
  const standingIds = seat.standingDeputies.map((d) => d.personId);
  const standing = standingIds.map((id) => view.personById.get(id)).filter((p) => p !== undefined);
  const others = view.persons
    .filter((p) => p.id !== seat.membership.personId && !standingIds.includes(p.id))
    .sort((a, b) => `${a.lastName} ${a.firstName}`.localeCompare(`${b.lastName} ${b.firstName}`, 'de'));
  const selected = view.personById.get(value);
  return (
    <select
      ref={ref}
      className="deputy-select"
      aria-label={label}
      title={selected ? optionText(selected) : undefined}
      value={value}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if (e.key === 'Escape') onEscape();
      }}
    >
      {value === '' && <option value="">{t.deputyChoose}</option>}
      {/* A person just entered may not be in the list yet: never let the browser show another name. */}
      {value !== '' && value !== NEW_PERSON && !selected && <option value={value}>{t.deputyLoading}</option>}
      {standing.length > 0 && (
        <optgroup label={t.standingDeputies}>
          {standing.map((person) => (
            <option key={person.id} value={person.id}>
              {optionText(person)}
            </option>
          ))}
        </optgroup>
      )}
      <optgroup label={t.otherPersons}>
        {others.map((person) => (
          <option key={person.id} value={person.id}>
            {optionText(person)}
          </option>
        ))}
      </optgroup>
      <option value={NEW_PERSON}>{t.newPerson}</option>
    </select>
  );
}
