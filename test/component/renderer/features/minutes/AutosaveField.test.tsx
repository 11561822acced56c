import { afterEach, describe, expect, it, vi } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { AutosaveField } from '../../../../../renderer/app/autosave/AutosaveField';
import { ValidationError } from '../../../../../renderer/db/rowWriter';
import { MinutesLockedError } from '../../../../../shared/minutes/approvalLock';

const journal = (key: string) => localStorage.getItem(`konvent.unsaved.${key}`);

afterEach(() => localStorage.clear());

describe('AutosaveField', () => {
  it('saves once, shortly after typing stops, and then drops its safety copy', async () => {
    const save = vi.fn(async () => undefined);
    render(<AutosaveField saveKey="items.1.title" label="Titel" value="" onSave={save} />);
    await userEvent.type(screen.getByLabelText('Titel'), 'Projektzeitplan');
    expect(save).not.toHaveBeenCalled();
    expect(JSON.parse(journal('items.1.title')!).value).toBe('Projektzeitplan');
    await waitFor(() => expect(save).toHaveBeenCalledWith('Projektzeitplan'));
    expect(save).toHaveBeenCalledTimes(1);
    await screen.findByText('Gespeichert');
    expect(journal('items.1.title')).toBeNull();
  });

  it('writes at once when the field loses focus', async () => {
    const save = vi.fn(async () => undefined);
    render(
      <>
        <AutosaveField saveKey="items.2.title" label="Titel" value="" onSave={save} />
        <button type="button">weiter</button>
      </>,
    );
    await userEvent.type(screen.getByLabelText('Titel'), 'Ideen');
    await userEvent.tab();
    expect(save).toHaveBeenCalledWith('Ideen');
  });

  it('writes what is pending when the window is hidden or closed', async () => {
    const save = vi.fn(async () => undefined);
    render(<AutosaveField saveKey="items.3.notes" label="Text" value="" onSave={save} multiline />);
    await userEvent.type(screen.getByLabelText('Text'), 'Halbfertiger Satz');
    window.dispatchEvent(new Event('pagehide'));
    expect(save).toHaveBeenCalledWith('Halbfertiger Satz');
  });

  it('recovers text that never reached the database (window closed mid-typing) and saves it', async () => {
    localStorage.setItem('konvent.unsaved.items.4.notes', JSON.stringify({ value: 'Vor dem Absturz getippt', at: Date.now() }));
    const save = vi.fn(async () => undefined);
    render(<AutosaveField saveKey="items.4.notes" label="Text" value="Alter Stand" onSave={save} multiline />);
    expect(screen.getByLabelText('Text')).toHaveValue('Vor dem Absturz getippt');
    await waitFor(() => expect(save).toHaveBeenCalledWith('Vor dem Absturz getippt'));
    await waitFor(() => expect(journal('items.4.notes')).toBeNull());
  });

  it('keeps a refused value in the field with the German message, and its safety copy', async () => {
    const save = vi.fn(async () => {
      throw new ValidationError('Bitte einen Titel für den Tagesordnungspunkt angeben', []);
    });
    render(<AutosaveField saveKey="items.5.title" label="Titel" value="Begrüßung" onSave={save} />);
    const input = screen.getByLabelText('Titel');
    await userEvent.clear(input);
    await userEvent.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('Nicht gespeichert: Bitte einen Titel für den Tagesordnungspunkt angeben');
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveValue('');
    expect(journal('items.5.title')).not.toBeNull();
  });

  it('says so when the minutes were approved meanwhile', async () => {
    const save = vi.fn(async () => {
      throw new MinutesLockedError();
    });
    render(<AutosaveField saveKey="items.6.title" label="Titel" value="" onSave={save} />);
    await userEvent.type(screen.getByLabelText('Titel'), 'x');
    await userEvent.tab();
    expect(await screen.findByRole('alert')).toHaveTextContent('Die Niederschrift ist inzwischen genehmigt');
  });

  it('shows changes from elsewhere while nothing is pending, and never while typing', async () => {
    const save = vi.fn(async () => undefined);
    const { rerender } = render(<AutosaveField saveKey="items.7.title" label="Titel" value="A" onSave={save} />);
    rerender(<AutosaveField saveKey="items.7.title" label="Titel" value="B (von anderem PC)" onSave={save} />);
    expect(screen.getByLabelText('Titel')).toHaveValue('B (von anderem PC)');
    await userEvent.type(screen.getByLabelText('Titel'), '!');
    rerender(<AutosaveField saveKey="items.7.title" label="Titel" value="C" onSave={save} />);
    expect(screen.getByLabelText('Titel')).toHaveValue('B (von anderem PC)!');
  });

  it('is read-only for approved minutes and ignores old safety copies', () => {
    localStorage.setItem('konvent.unsaved.items.8.title', JSON.stringify({ value: 'alt', at: 1 }));
    const save = vi.fn(async () => undefined);
    render(<AutosaveField saveKey="items.8.title" label="Titel" value="Genehmigt" onSave={save} readOnly />);
    expect(screen.getByLabelText('Titel')).toHaveValue('Genehmigt');
    expect(screen.getByLabelText('Titel')).toHaveAttribute('readonly');
    expect(save).not.toHaveBeenCalled();
  });
});
