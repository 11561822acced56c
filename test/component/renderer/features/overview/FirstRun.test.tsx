import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import OverviewScreen from '../../../../../renderer/features/overview/OverviewScreen';
import { renderWithDb } from '../../../support/renderWithDb';

describe('Übersicht on first start', () => {
  it('offers the sample data and shows the register once loaded', async () => {
    const { db } = renderWithDb(<OverviewScreen />);
    const load = await screen.findByRole('button', { name: 'Beispieldaten laden' });
    expect(screen.getByRole('button', { name: 'Neu beginnen' })).toBeInTheDocument();
    await userEvent.click(load);
    expect(await screen.findByText('18 Mitglieder im erweiterten Regionalkonvent')).toBeInTheDocument();
    expect(screen.getByText('5 Gebietskörperschaften im Regionalkonvent')).toBeInTheDocument();
    expect(await db.domain('persons').count()).toBe(20);
  });

  it('"Neu beginnen" leaves the register empty and hides the choice', async () => {
    const { db } = renderWithDb(<OverviewScreen />);
    await userEvent.click(await screen.findByRole('button', { name: 'Neu beginnen' }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Beispieldaten laden' })).not.toBeInTheDocument());
    expect(screen.getByText('0 Mitglieder im erweiterten Regionalkonvent')).toBeInTheDocument();
    expect(await db.domain('persons').count()).toBe(0);
  });
});
