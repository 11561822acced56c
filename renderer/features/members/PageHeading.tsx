import { useEffect, useRef, type ReactNode } from 'react';
import { href } from '../../app/router';
import { useMembersUi } from './membersUiState';

/**
 * A page's h1 with an optional way back. It is focusable: after moving to another page of the
 * screen, the heading takes focus as soon as it is shown (pages show it once their data is loaded).
 */
export function PageHeading({ children, back }: { children: ReactNode; back?: { path: string; label: string } | undefined }) {
  const ref = useRef<HTMLHeadingElement>(null);
  const { takeHeadingFocus } = useMembersUi();
  useEffect(() => {
    if (takeHeadingFocus()) ref.current?.focus();
  }, [takeHeadingFocus]);
  return (
    <div className="page-heading">
      {back && (
        <a className="back-link" href={href(back.path)}>
          ← {back.label}
        </a>
      )}
      <h1 ref={ref} tabIndex={-1}>
        {children}
      </h1>
    </div>
  );
}
