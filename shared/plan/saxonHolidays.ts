import { getHolidays } from 'feiertagejs';
import type { IsoDate } from '../dates/isoDates';

/**
 * Saxony's public holidays (gesetzliche Feiertage, SächsSFG) from feiertagejs, region 'SN':
 * Neujahr, Karfreitag, Ostermontag, 1. Mai, Christi Himmelfahrt, Pfingstmontag, Tag der Deutschen
 * Einheit, Reformationstag, Buß- und Bettag, 1. und 2. Weihnachtsfeiertag (Easter and Whit Sunday
 * are Sundays anyway).
 *
 * feiertagejs builds each date at noon UTC; we read the UTC calendar date, because its own
 * `dateString` shifts by a day in zones east of UTC+12.
 */
const germanNames: Record<string, string> = {
  NEUJAHRSTAG: 'Neujahr',
  HEILIGEDREIKOENIGE: 'Heilige Drei Könige',
  KARFREITAG: 'Karfreitag',
  OSTERSONNTAG: 'Ostersonntag',
  OSTERMONTAG: 'Ostermontag',
  TAG_DER_ARBEIT: 'Tag der Arbeit',
  CHRISTIHIMMELFAHRT: 'Christi Himmelfahrt',
  MARIAHIMMELFAHRT: 'Mariä Himmelfahrt',
  PFINGSTSONNTAG: 'Pfingstsonntag',
  PFINGSTMONTAG: 'Pfingstmontag',
  FRONLEICHNAM: 'Fronleichnam',
  DEUTSCHEEINHEIT: 'Tag der Deutschen Einheit',
  REFORMATIONSTAG: 'Reformationstag',
  ALLERHEILIGEN: 'Allerheiligen',
  BUBETAG: 'Buß- und Bettag',
  ERSTERWEIHNACHTSFEIERTAG: '1. Weihnachtsfeiertag',
  ZWEITERWEIHNACHTSFEIERTAG: '2. Weihnachtsfeiertag',
};

const cache = new Map<number, ReadonlyMap<IsoDate, string>>();

/** date → German name of every Saxon public holiday in the year. */
export function saxonHolidays(year: number): ReadonlyMap<IsoDate, string> {
  let holidays = cache.get(year);
  if (!holidays) {
    holidays = new Map(
      getHolidays(year, 'SN').map((h) => [h.date.toISOString().slice(0, 10), germanNames[h.name] ?? h.name] as const),
    );
    cache.set(year, holidays);
  }
  return holidays;
}

/** The holiday's name if the date is a Saxon public holiday. */
export function saxonHolidayName(date: IsoDate): string | undefined {
  return saxonHolidays(Number(date.slice(0, 4))).get(date);
}

