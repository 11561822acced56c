import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

export interface PrintDocumentProps {
  /** Path segments after #/print/<document>/ */
  params: string[];
  query: URLSearchParams;
}

/**
 * Print documents are renderer routes: #/print/<document>/<id>. Electron prints them with
 * printToPDF in a hidden window, tests with page.pdf(), both with shared/print/pdfPageSpec.
 * A document sets data-print-ready="true" on its root when its data is loaded.
 * Features add their documents here.
 */
type PrintDocumentModule = { default: ComponentType<PrintDocumentProps> };

const loaders: Record<string, () => Promise<PrintDocumentModule>> = {
  sample: () => import('./SamplePrintDocument'),
  plan: () => import('../features/plan/print/PlanPrintDocument'),
  invitation: () => import('../features/sittings/print/InvitationDocument'),
  signin: () => import('../features/sittings/print/SignInSheetDocument'),
  register: () => import('../features/members/register/RegisterPrintDocument'),
  minutes: () => import('../features/minutes/print/MinutesPrintDocument'),
};

export const printDocuments: Record<string, LazyExoticComponent<ComponentType<PrintDocumentProps>>> = Object.fromEntries(
  Object.entries(loaders).map(([name, load]) => [name, lazy(load)]),
);

/** The warm print window (idle route #/print) loads every document's code ahead of the first print. */
export function preloadPrintDocuments(): Promise<unknown> {
  return Promise.allSettled(Object.values(loaders).map((load) => load()));
}
