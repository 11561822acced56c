import { useState } from 'react';
import { personWithFunction } from '../../../../shared/domain/person';
import { roleHolderAsOf } from '../../../../shared/domain/spokespersonTerms';
import { registerAsOf } from '../../../../shared/register/registerView';
import { formatDateShort } from '../../../app/format/dates';
import { useLanguage, useMessages } from '../../../app/i18n/useMessages';
import { errorText } from '../../../app/i18n/resolveMessage';
import { href } from '../../../app/router';
import { useMembersUi } from '../membersUiState';
import { PageHeading } from '../PageHeading';
import { periodLabel } from '../periodLabel';
import { RegisterFilters } from './RegisterFilters';
import { RegisterGroupTable } from './RegisterGroupTable';
import { exportRegisterCsv, exportRegisterPdf, exportRegisterXlsx } from './registerExport';
import { useRegisterData } from './useRegisterData';

/** The register as of "Stand am": both bodies, grouped by category, with filters, search and exports. */
export function RegisterPage() {
  const messages = useMessages();
  const t = messages.members;
  const language = useLanguage();
  const data = useRegisterData();
  const { asOf, filter, showNotice } = useMembersUi();
  const [exporting, setExporting] = useState(false);
  if (!data) return <p className="muted">{messages.common.loading}</p>;

  const groups = registerAsOf(data, asOf, filter);
  const count = groups.reduce((sum, g) => sum + g.entries.length, 0);
  const spokesperson = roleHolderAsOf(data.roles, 'spokesperson', asOf);
  const spokespersonPerson = spokesperson && data.persons.find((p) => p.id === spokesperson.personId);

  const runExport = async (action: () => Promise<{ savedAs: string } | null>) => {
    setExporting(true);
    try {
      const result = await action();
      if (result) showNotice({ kind: 'info', text: t.register.exportSaved(result.savedAs) });
    } catch (error) {
      showNotice({ kind: 'error', text: t.register.exportFailed(errorText(messages, error)) });
    } finally {
      setExporting(false);
    }
  };

  return (
    <section>
      <div className="page-heading-row">
        <PageHeading>{t.title}</PageHeading>
        <a className="button primary" href={href('/members/member/new')}>
          {t.register.addMember}
        </a>
      </div>
      <p className="spokesperson-line">
        <strong>{t.register.spokesperson}:</strong>{' '}
        {spokespersonPerson && spokesperson ? (
          <>
            {personWithFunction(spokespersonPerson)} <span className="muted">({periodLabel(t, spokesperson)})</span>
          </>
        ) : (
          <span className="muted">{t.register.noSpokesperson}</span>
        )}
      </p>
      {data.territories.length === 0 && (
        <p className="notice warn">
          {t.territories.missingInRegister} <a href={href('/members/territories')}>{t.territories.goToTerritories}</a>
        </p>
      )}
      <RegisterFilters territories={data.territories} />
      <div className="register-summary">
        <p className="register-count" aria-live="polite">
          {t.register.count(count, formatDateShort(asOf, language))}
        </p>
        <div className="export-actions">
          <button type="button" className="button small" disabled={exporting} onClick={() => void runExport(() => exportRegisterPdf(asOf, t))}>
            {t.register.exportPdf}
          </button>
          <button type="button" className="button small" disabled={exporting} onClick={() => void runExport(() => exportRegisterCsv(data, asOf, t))}>
            {t.register.exportCsv}
          </button>
          <button type="button" className="button small" disabled={exporting} onClick={() => void runExport(() => exportRegisterXlsx(data, asOf, t))}>
            {t.register.exportXlsx}
          </button>
        </div>
      </div>
      <p className="muted export-hint">{t.register.exportHint(t.period.date(asOf))}</p>
      {groups.map((group) => (
        <RegisterGroupTable key={group.category} group={group} />
      ))}
    </section>
  );
}
