import type { ReactNode } from 'react';
import { href } from '../../app/router';

/** A page's h1 (focusable, so moving between pages can put focus there) with an optional way back. */
export function PageHeading({ children, back }: { children: ReactNode; back?: { path: string; label: string } | undefined }) {
  return (
    <div className="page-heading">
      {back && (
        <a className="back-link" href={href(back.path)}>
          ← {back.label}
        </a>
      )}
      <h1 tabIndex={-1}>{children}</h1>
    </div>
  );
}
