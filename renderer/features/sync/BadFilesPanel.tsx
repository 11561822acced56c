import { useMessages } from '../../app/i18n/useMessages';
import { formatInstant } from '../../app/format/dates';
import type { SyncOverview } from './useSyncOverview';

/** Files in the folder that could not be read, with the reason in plain words. */
export function BadFilesPanel({ overview }: { overview: SyncOverview }) {
  const t = useMessages().sync.badFiles;
  return (
    <div className="panel" data-testid="sync-bad-files">
      <h2>
        {t.heading} {overview.badFiles.length > 0 && <span className="badge danger">{overview.badFiles.length}</span>}
      </h2>
      {overview.badFiles.length === 0 ? (
        <p className="muted">{t.none}</p>
      ) : (
        <>
          <p>{t.intro}</p>
          <table className="data">
            <thead>
              <tr>
                <th scope="col">{t.file}</th>
                <th scope="col">{t.reason}</th>
                <th scope="col">{t.since}</th>
              </tr>
            </thead>
            <tbody>
              {overview.badFiles.map((file) => (
                <tr key={file.path}>
                  <td className="sync-path">{file.path}</td>
                  <td>
                    {(t.problems as Record<string, string>)[file.problem] ?? file.problem}
                    {file.detail && <span className="muted"> {t.rule(file.detail)}</span>}
                  </td>
                  <td>{formatInstant(file.firstSeenAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </div>
  );
}
