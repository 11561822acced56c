import { useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { ScreenProps } from '../../app/screens';
import { NotFound } from '../../app/components/NotFound';
import { todayIso } from '../../app/format/dates';
import { fullRegisterFilter, type RegisterFilter } from '../../../shared/register/registerView';
import { MembersUiContext, type MembersNotice as Notice } from './membersUiState';
import { MembersNotice } from './MembersNotice';
import { MembersTabs, type MembersTab } from './MembersTabs';
import { RegisterPage } from './register/RegisterPage';
import { PersonsPage } from './persons/PersonsPage';
import { PersonNewPage } from './persons/PersonNewPage';
import { PersonPage } from './persons/PersonPage';
import { NewMemberPage } from './seats/NewMemberPage';
import { MembershipPage } from './seats/MembershipPage';
import { SeatPage } from './seats/SeatPage';
import { SuccessionPage } from './seats/SuccessionPage';
import { DeputyFormPage } from './seats/DeputyFormPage';
import { TerritoriesPage } from './territories/TerritoriesPage';
import { TerritoryFormPage } from './territories/TerritoryFormPage';
import { SpokespersonPage } from './spokesperson/SpokespersonPage';
import './members.css';

/** Which page of the screen a route shows (#/members/<…>), and which tab it belongs to. */
function pageFor(segments: string[]): { tab: MembersTab; page: ReactNode } {
  const [, first, second, third, fourth] = segments;
  if (first === 'persons') return { tab: 'persons', page: <PersonsPage /> };
  if (first === 'person' && second === 'new') return { tab: 'persons', page: <PersonNewPage /> };
  if (first === 'person' && second) return { tab: 'persons', page: <PersonPage personId={second} /> };
  if (first === 'member' && second === 'new') return { tab: 'register', page: <NewMemberPage /> };
  if (first === 'membership' && second && third === 'deputy' && fourth === 'new')
    return { tab: 'register', page: <DeputyFormPage membershipId={second} /> };
  if (first === 'membership' && second) return { tab: 'register', page: <MembershipPage membershipId={second} /> };
  if (first === 'deputy' && second) return { tab: 'register', page: <DeputyFormPage deputyId={second} /> };
  if (first === 'seat' && second && third === 'succession') return { tab: 'register', page: <SuccessionPage seatId={second} /> };
  if (first === 'seat' && second) return { tab: 'register', page: <SeatPage seatId={second} /> };
  if (first === 'territories') return { tab: 'territories', page: <TerritoriesPage /> };
  if (first === 'territory' && second) return { tab: 'territories', page: <TerritoryFormPage territoryId={second} /> };
  if (first === 'spokesperson') return { tab: 'spokesperson', page: <SpokespersonPage /> };
  if (first === undefined || first === 'register') return { tab: 'register', page: <RegisterPage /> };
  return { tab: 'register', page: <NotFound /> };
}

export default function MembersScreen({ route }: ScreenProps) {
  const [asOf, setAsOf] = useState(() => todayIso());
  const [filter, setFilter] = useState<RegisterFilter>(fullRegisterFilter);
  const [notice, setNotice] = useState<Notice | null>(null);
  const headingFocusPending = useRef(false);
  const state = useMemo(
    () => ({
      asOf,
      setAsOf,
      filter,
      setFilter,
      notice,
      showNotice: setNotice,
      takeHeadingFocus: () => {
        const pending = headingFocusPending.current;
        headingFocusPending.current = false;
        return pending;
      },
    }),
    [asOf, filter, notice],
  );
  const { tab, page } = pageFor(route.segments);

  // Moving between pages of the screen puts focus on the new page's heading (PageHeading takes it
  // when it appears), so screen readers announce the page and keyboard users start at its top.
  // Not on the first load: there the shell's own focus order applies.
  const shownPath = useRef(route.path);
  useEffect(() => {
    if (route.path === shownPath.current) return;
    shownPath.current = route.path;
    const heading = document.querySelector<HTMLElement>('.members-page h1');
    if (heading) heading.focus();
    else headingFocusPending.current = true;
  }, [route.path]);

  return (
    <MembersUiContext.Provider value={state}>
      <div className="members-page">
        <MembersTabs current={tab} />
        <MembersNotice />
        {page}
      </div>
    </MembersUiContext.Provider>
  );
}
