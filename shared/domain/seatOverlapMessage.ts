import type { Membership } from './membership';
import { germanPeriod, germanSpan, sharedPeriod } from './periodText';

/**
 * The message when a membership would overlap another on the same seat (a seat has one holder at
 * a time). It names the other holder, their period and the days both would hold the seat, so the
 * user sees what to correct:
 * "Überschneidung auf diesem Sitz mit der Mitgliedschaft von Sven Krüger (seit 28.04.2025): ab 01.10.2026. …"
 */
export function seatOverlapMessage(candidate: Pick<Membership, 'validFrom' | 'validTo'>, existing: Membership, existingHolderName: string): string {
  return (
    `Überschneidung auf diesem Sitz mit der Mitgliedschaft von ${existingHolderName} (${germanPeriod(existing)}): ` +
    `${germanSpan(sharedPeriod(candidate, existing))}. Ein Sitz hat zu jeder Zeit nur ein Mitglied – ` +
    `bitte die Daten anpassen oder „Nachfolge eintragen“ verwenden.`
  );
}
