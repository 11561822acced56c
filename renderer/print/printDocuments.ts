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
export const printDocuments: Record<string, LazyExoticComponent<ComponentType<PrintDocumentProps>>> = {
  sample: lazy(() => import('./SamplePrintDocument')),
  plan: lazy(() => import('./PlanPrintDocument')),
  invitation: lazy(() => import('../features/sittings/print/InvitationDocument')),
  signin: lazy(() => import('../features/sittings/print/SignInSheetDocument')),
  register: lazy(() => import('../features/members/RegisterPrintDocument')),
  minutes: lazy(() => import('../features/minutes/print/MinutesPrintDocument')),
};
