import { useState } from 'react';
import type { Territory } from '../../../../shared/domain/territory';
import { memberCategories, type Body, type MemberCategory } from '../../../../shared/domain/membership';
import { isoDateSchema } from '../../../../shared/domain/primitives';
import { Field } from '../../../app/components/form/Field';
import { todayIso } from '../../../app/format/dates';
import { useMessages } from '../../../app/i18n/useMessages';
import { useMembersUi } from '../membersUiState';
import { DateInputField } from '../../../app/components/dateFields/DateInputField';

/** "Stand am", body, category, territory and search of the register. */
export function RegisterFilters({ territories }: { territories: readonly Territory[] }) {
  const t = useMessages().members;
  const { asOf, setAsOf, filter, setFilter } = useMembersUi();
  const [dateText, setDateText] = useState(asOf);
  const dateInvalid = dateText !== asOf && !isoDateSchema.safeParse(dateText).success;

  const changeDate = (value: string) => {
    setDateText(value);
    if (isoDateSchema.safeParse(value).success) setAsOf(value);
  };

  return (
    <div className="toolbar register-filters">
      <div className="as-of">
        <Field label={t.register.asOf} error={dateInvalid ? { type: 'date', message: t.register.asOfInvalid(t.period.date(asOf)) } : undefined}>
          <DateInputField value={dateText} onChange={(e) => changeDate(e.target.value)} />
        </Field>
        <button type="button" className="button small" disabled={asOf === todayIso() && !dateInvalid} onClick={() => changeDate(todayIso())}>
          {t.register.today}
        </button>
      </div>
      <Field label={t.register.body}>
        <select value={filter.body} onChange={(e) => setFilter({ ...filter, body: e.target.value as Body })}>
          <option value="extended">{t.bodies.extended}</option>
          <option value="core">{t.bodies.core}</option>
        </select>
      </Field>
      <Field label={t.register.category}>
        <select value={filter.category} onChange={(e) => setFilter({ ...filter, category: e.target.value as MemberCategory | 'all' })}>
          <option value="all">{t.register.allCategories}</option>
          {memberCategories.map((c) => (
            <option key={c} value={c}>
              {t.categories[c]}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t.register.territory}>
        <select value={filter.territoryId} onChange={(e) => setFilter({ ...filter, territoryId: e.target.value })}>
          <option value="all">{t.register.allTerritories}</option>
          {territories.map((territory) => (
            <option key={territory.id} value={territory.id}>
              {territory.name}
            </option>
          ))}
        </select>
      </Field>
      <Field label={t.register.search}>
        <input
          type="search"
          placeholder={t.register.searchPlaceholder}
          value={filter.search}
          onChange={(e) => setFilter({ ...filter, search: e.target.value })}
        />
      </Field>
    </div>
  );
}
