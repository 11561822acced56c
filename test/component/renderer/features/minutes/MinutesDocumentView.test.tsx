import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { MinutesDocumentView } from '../../../../../renderer/features/minutes/print/MinutesDocumentView';
import { MarkdownView } from '../../../../../renderer/features/minutes/MarkdownView';
import { defaultSettings } from '../../../../../shared/domain/settings';
import { printSettingsOf } from '../../../../../shared/minutes/frozenMinutes';
import { agendaItem, completeMinutes, demoDocument } from '../../../../fixtures/minutesFixture';

const settings = defaultSettings('2026-03-01T00:00:00.000Z');

function extendedSittingDocument() {
  const base = demoDocument();
  return { ...base, sitting: { ...base.sitting, body: 'extended' as const, date: '2026-03-11' } };
}

describe('printed minutes', () => {
  it('titles a sitting of the extended convent with its long date', () => {
    render(<MinutesDocumentView document={extendedSittingDocument()} settings={settings} state={{ status: 'draft' }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent?.replace(/\s/g, ' ')).toBe(
      'Niederschrift über die Sitzung des erweiterten Regionalkonvents am Mittwoch, 11. März 2026',
    );
    // The draft mark is a picture drawn on a canvas (the Chromium tests see it on every page), never text.
    expect(screen.queryByText('ENTWURF')).toBeNull();
  });

  it('numbers the sitting, names the town, and prints the non-public part after the public one', () => {
    const base = extendedSittingDocument();
    const document = {
      ...base,
      sitting: { ...base.sitting, number: 12, town: 'Plauen' },
      items: [
        { id: 'a', position: 1, title: 'Öffentlich eins', public: true, notes: '', decisions: [], actionItems: [] },
        { id: 'b', position: 2, title: 'Geheim', public: false, notes: '', decisions: [], actionItems: [] },
        { id: 'c', position: 3, title: 'Öffentlich zwei', public: true, notes: '', decisions: [], actionItems: [] },
      ],
    };
    const { container, rerender } = render(<MinutesDocumentView document={document} settings={settings} state={{ status: 'draft' }} />);
    expect(screen.getByRole('heading', { level: 1 }).textContent?.replace(/\s/g, ' ')).toBe(
      'Niederschrift über die 12. Sitzung des erweiterten Regionalkonvents am Mittwoch, 11. März 2026 in Plauen',
    );
    const headings = [...container.querySelectorAll('h2')].map((h) => h.textContent);
    expect(headings.indexOf('TOP 3 Öffentlich zwei')).toBeLessThan(headings.indexOf('Nichtöffentlicher Teil'));
    expect(headings.indexOf('TOP 2 Geheim (nicht öffentlich)')).toBeGreaterThan(headings.indexOf('Nichtöffentlicher Teil'));
    rerender(<MinutesDocumentView document={document} settings={settings} state={{ status: 'draft', publicVersion: true }} />);
    expect(container.textContent).not.toContain('Geheim');
    expect(container.textContent).toContain('Der nichtöffentliche Teil (TOP 2) ist in dieser Fassung nicht enthalten.');
  });

  it('draws signature lines for chair, minute taker and the configured number of members', () => {
    const { rerender } = render(<MinutesDocumentView document={demoDocument()} settings={settings} state={{ status: 'approved' }} />);
    expect(screen.getAllByText('Mitglied des Konvents')).toHaveLength(2);
    expect(screen.queryByText('ENTWURF')).toBeNull();
    rerender(<MinutesDocumentView document={demoDocument()} settings={{ ...settings, signatureMembers: 0 }} state={{ status: 'approved' }} />);
    expect(screen.queryByText('Mitglied des Konvents')).toBeNull();
    expect(screen.getByText('Sitzungsleitung', { selector: '.signature-role' })).toBeInTheDocument();
    expect(screen.getByText('Schriftführung', { selector: '.signature-role' })).toBeInTheDocument();
    expect(screen.getByText('Ort, Datum', { selector: '.signature-role' })).toBeInTheDocument();
  });

  it('prints the letterhead logo from the settings when there is one', () => {
    const logo = 'data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciLz4=';
    const { container } = render(
      <MinutesDocumentView document={demoDocument()} settings={{ ...settings, logoDataUrl: logo }} state={{ status: 'draft' }} />,
    );
    expect(container.querySelector('img.letterhead-logo')?.getAttribute('src')).toBe(logo);
  });

  it('prints frozen minutes with the letterhead, signature lines and language of the day of approval', () => {
    const frozen = printSettingsOf({ ...settings, signatureMembers: 1 });
    const live = { ...settings, letterhead: 'Neue Anschrift', conventName: 'Neuer Name', signatureMembers: 2, language: 'en' as const, logoDataUrl: 'data:image/png;base64,AAAA' };
    const { container } = render(<MinutesDocumentView document={demoDocument()} settings={live} state={{ status: 'approved' }} print={frozen} />);
    expect(container.querySelector('.letterhead')?.textContent).toBe(`${settings.conventName}${settings.letterhead}`);
    expect(container.querySelector('img.letterhead-logo')).toBeNull();
    expect(screen.getAllByText('Mitglied des Konvents')).toHaveLength(1);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toContain('Niederschrift über die Sitzung');
  });

  it('shows typed HTML as text: no markup from minutes texts', () => {
    const sittingId = demoDocument().sitting.id;
    const item = agendaItem(sittingId, 1, 'Begrüßung', '<img src=x onerror="alert(1)"> **fett** <script>alert(2)</script>');
    const { container } = render(
      <MinutesDocumentView document={demoDocument({ agendaItems: [item], minutes: completeMinutes(sittingId) })} settings={settings} state={{ status: 'draft' }} />,
    );
    expect(container.querySelector('.minutes-notes img, .minutes-notes script')).toBeNull();
    expect(container.querySelector('.minutes-notes')?.textContent).toContain('<img src=x onerror="alert(1)">');
    expect(container.querySelector('.minutes-notes strong')?.textContent).toBe('fett');
  });

  it('nests Markdown headings under the item heading', () => {
    const { container } = render(<MarkdownView source={'# Bericht\n## Einzelheiten'} headingBase={3} />);
    expect([...container.querySelectorAll('h3, h4')].map((h) => `${h.tagName} ${h.textContent}`)).toEqual(['H3 Bericht', 'H4 Einzelheiten']);
  });
});
