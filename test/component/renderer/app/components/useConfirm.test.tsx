import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { useConfirm } from '../../../../../renderer/app/components/useConfirm';

function Asker() {
  const { confirm, dialog } = useConfirm();
  const [answer, setAnswer] = useState('');
  return (
    <>
      <button type="button" onClick={() => void confirm({ title: 'TOP 3 löschen', body: 'Das lässt sich nicht rückgängig machen.' }).then((yes) => setAnswer(String(yes)))}>
        Fragen
      </button>
      <output>{answer}</output>
      {dialog}
    </>
  );
}

describe('the app confirm dialog', () => {
  it('asks in a labelled dialog, starts on "Abbrechen", and answers yes or no', async () => {
    render(<Asker />);
    await userEvent.click(screen.getByRole('button', { name: 'Fragen' }));
    const dialog = screen.getByRole('dialog', { name: 'TOP 3 löschen' });
    expect(dialog).toHaveAccessibleDescription('Das lässt sich nicht rückgängig machen.');
    expect(within(dialog).getByRole('button', { name: 'Abbrechen' })).toHaveFocus();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Abbrechen' }));
    expect(screen.getByRole('status')).toHaveTextContent('false');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Fragen' })).toHaveFocus();

    await userEvent.click(screen.getByRole('button', { name: 'Fragen' }));
    await userEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Löschen' }));
    expect(screen.getByRole('status')).toHaveTextContent('true');
  });
});
