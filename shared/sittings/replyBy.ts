import { saxonHolidayName } from '../plan/saxonHolidays';
import { addDays } from '../dates/isoDates';

/** Days before the sitting by which members answer the invitation. */
export const REPLY_DAYS_BEFORE = 7;

const isWorkingDay = (isoDate: string) => {
  const day = new Date(`${isoDate}T12:00:00Z`).getUTCDay();
  return day !== 0 && day !== 6 && !saxonHolidayName(isoDate);
};

const previousWorkingDay = (isoDate: string) => {
  let date = isoDate;
  while (!isWorkingDay(date)) date = addDays(date, -1);
  return date;
};

/**
 * "Rückmeldung bis": the working day (Mon–Fri, not a Saxon public holiday) on or before the day
 * seven days before the sitting. If the letter is dated after that (short notice), the working day
 * before the sitting, but never before the letter's date.
 */
export function replyByDate(sittingDate: string, letterDate: string): string {
  const regular = previousWorkingDay(addDays(sittingDate, -REPLY_DAYS_BEFORE));
  if (regular >= letterDate) return regular;
  const late = previousWorkingDay(addDays(sittingDate, -1));
  return late >= letterDate ? late : letterDate;
}
