import { describe, expect, it, vi } from 'vitest';
import { render, screen } from '@testing-library/react';
import { KonventDatabase } from '../../../../renderer/db/database';

/** The router reads the address when its module loads, so each case loads the app afresh. */
async function openAt(hash: string) {
  window.location.hash = hash;
  vi.resetModules();
  const { Shell } = await import('../../../../renderer/app/Shell');
  const { useRoute } = await import('../../../../renderer/app/router');
  // The provider from the same fresh module graph as the Shell (its context is a new object).
  const { DatabaseProvider } = await import('../../../../renderer/app/DatabaseContext');
  function Routed() {
    return <Shell route={useRoute()} />;
  }
  return render(
    <DatabaseProvider db={new KonventDatabase(`router-${Math.random()}`)}>
      <Routed />
    </DatabaseProvider>,
  );
}

describe('every link opens the app', () => {
  it.each(['#/members/%E0%A4%A', '#/%', '#/sittings/%ZZ', '#/gibt-es-nicht', '#/%E0%A4%A/x'])(
    '%s shows the navigation and "Seite nicht gefunden"',
    async (hash) => {
      await openAt(hash);
      expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeInTheDocument();
      expect(screen.getByRole('navigation', { name: 'Hauptnavigation' })).toBeInTheDocument();
      expect(screen.getByRole('link', { name: 'Zur Übersicht' })).toHaveAttribute('href', '#/');
    },
  );

  it('a well-formed encoded link still decodes', async () => {
    await openAt('#/gibt%20es%20nicht');
    const { useRoute } = await import('../../../../renderer/app/router');
    expect(useRoute).toBeTypeOf('function');
    expect(await screen.findByRole('heading', { level: 1, name: 'Seite nicht gefunden' })).toBeInTheDocument();
  });
});
