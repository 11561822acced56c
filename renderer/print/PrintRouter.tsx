import { Suspense, useEffect } from 'react';
import type { Route } from '../app/router';
import { PRINT_ROUTE_ATTRIBUTE } from '../../shared/print/printReadiness';
import { preloadPrintDocuments, printDocuments } from './printDocuments';
import { PrintErrorBoundary, UnknownPrintDocument } from './PrintErrorBoundary';
import './print.css';

/**
 * Renders #/print/<document>/<params>. The wrapper is keyed by the whole route, so every navigation
 * (a reused print window goes from one document to the next) starts a fresh document that is not
 * ready until its own data is loaded (shared/print/printReadiness.ts).
 */
export function PrintRouter({ route }: { route: Route }) {
  const [, documentName = '', ...params] = route.segments;
  const Document = printDocuments[documentName];
  const wrapper = { [PRINT_ROUTE_ATTRIBUTE]: route.raw };
  if (!documentName) return <IdlePrintWindow key={route.raw} route={route.raw} />;
  return (
    <div key={route.raw} {...wrapper}>
      {Document ? (
        <PrintErrorBoundary>
          <Suspense fallback={null}>
            <Document params={params} query={route.query} />
          </Suspense>
        </PrintErrorBoundary>
      ) : (
        <UnknownPrintDocument name={documentName} />
      )}
    </div>
  );
}

/** The idle print route of the warm print window: nothing to show, the documents' code loads. */
function IdlePrintWindow({ route }: { route: string }) {
  useEffect(() => {
    void preloadPrintDocuments();
  }, []);
  return <div {...{ [PRINT_ROUTE_ATTRIBUTE]: route }} />;
}
