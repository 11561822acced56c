import { useLiveQuery } from 'dexie-react-hooks';
import { useDatabase } from '../app/DatabaseContext';
import { readSettings } from '../db/repositories/settingsRepository';
import { Letterhead } from './Letterhead';
import { PrintMetadata } from './PrintMetadata';

/** A minimal document proving the print pipeline (font, letterhead, page spec) end to end. */
export default function SamplePrintDocument() {
  const db = useDatabase();
  const settings = useLiveQuery(() => readSettings(db), [db]);
  if (!settings) return null;
  return (
    <article className="print-page" data-print-ready="true">
      <PrintMetadata title="Probedruck" author={settings.conventName} language="de" footer="Probedruck" />
      <Letterhead settings={settings} />
      <h1>Probedruck</h1>
      <p>Schrift, Briefkopf und Seitenformat des Druckwegs: Größe A4, Ränder aus der gemeinsamen Seitenvorgabe.</p>
    </article>
  );
}
