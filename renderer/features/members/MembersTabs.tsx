import { href } from '../../app/router';
import { useMessages } from '../../app/i18n/useMessages';

export type MembersTab = 'register' | 'persons' | 'territories' | 'spokesperson';

const paths: Record<MembersTab, string> = {
  register: '/members',
  persons: '/members/persons',
  territories: '/members/territories',
  spokesperson: '/members/spokesperson',
};

/** The areas of the screen as links (each is an address of its own, so back and forward work). */
export function MembersTabs({ current }: { current: MembersTab }) {
  const t = useMessages().members.tabs;
  return (
    <nav className="members-tabs" aria-label={t.label}>
      <ul>
        {(Object.keys(paths) as MembersTab[]).map((tab) => (
          <li key={tab}>
            <a href={href(paths[tab])} aria-current={tab === current ? 'page' : undefined}>
              {t[tab]}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
