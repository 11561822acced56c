import type { Route } from '../app/router';
import { printDocuments } from './printDocuments';
import './print.css';

export function PrintRouter({ route }: { route: Route }) {
  const [, documentName = '', ...params] = route.segments;
  const Document = printDocuments[documentName];
  if (!Document) {
    return (
      <p role="alert" data-print-ready="true">
        Unbekanntes Druckdokument: {documentName}
      </p>
    );
  }
  return <Document params={params} query={route.query} />;
}
