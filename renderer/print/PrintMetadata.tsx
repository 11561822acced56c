import { useLayoutEffect } from 'react';
import type { Language } from '../../shared/domain/settings';
import { FOOTER_PROPERTIES, pageFooterProperties } from '../../shared/print/pageFooter';
import { PRINT_METADATA_ATTRIBUTE, type PrintMetadata as Metadata } from '../../shared/print/printMetadata';
import { catalogFor } from '../app/i18n/catalog';

export interface PrintMetadataProps {
  /** The PDF's title, e.g. "Niederschrift über die 12. Sitzung des erweiterten Regionalkonvents am 11.03.2026". */
  title: string;
  /** The convent (settings.conventName). */
  author: string;
  language: Language;
  /** Footer, left: the document's short name. */
  footer: string;
  /** Footer, right before the page count: e.g. a short checksum. */
  footerRight?: string | undefined;
  /** A record for the archive: the desktop app writes it as PDF/A-2b. */
  archive?: boolean;
}

/**
 * What every print document says about itself: the window title (Chromium's PDF title, also in
 * the web print dialog), the footer of every page (CSS @page margin boxes in print.css read these
 * custom properties: one footer for desktop, web and tests, outside the tag tree) and, as JSON, the
 * metadata the desktop app finishes the PDF with (shared/print/finishPdf.ts).
 */
export function PrintMetadata({ title, author, language, footer, footerRight, archive = false }: PrintMetadataProps) {
  const words = catalogFor(language).common.print;
  useLayoutEffect(() => {
    const root = document.documentElement;
    const previousTitle = document.title;
    document.title = title;
    const properties = pageFooterProperties({ left: footer, right: footerRight, pageWord: words.pageWord, pageOf: words.pageOf });
    for (const [name, value] of Object.entries(properties)) root.style.setProperty(name, value);
    return () => {
      document.title = previousTitle;
      for (const name of FOOTER_PROPERTIES) root.style.removeProperty(name);
    };
  }, [title, footer, footerRight, words]);
  const metadata: Metadata = { title, author, language, archive };
  return <span hidden {...{ [PRINT_METADATA_ATTRIBUTE]: JSON.stringify(metadata) }} />;
}
