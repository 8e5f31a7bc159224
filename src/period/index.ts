/**
 * Japanese period law (民法 第138条〜第143条) and the dates, durations, timestamps and calendar
 * forms it needs. Dependency-free; every result is independent of the machine's time zone.
 * See shared/spec/periods.md.
 */

export { isLeapYear, lastDayOfMonth, type CivilDate } from './civil.js';
export {
  addDays,
  compareDates,
  compareValidDates,
  dayOfWeek,
  daysBetween,
  formatIsoDate,
  isIsoDate,
  isoDateKey,
  parseIsoDate,
  type IsoDate,
} from './iso-date.js';
export { arisesAfter, periodEnd, type FirstDay, type PeriodUnit } from './period.js';
export {
  earliestTimelyEvent,
  lastDayAllowed,
  latestTimelyNotice,
  timely,
  type EventAnchor,
} from './deadline.js';
export {
  durationToJapanese,
  formatDuration,
  isCalendarDuration,
  parseDuration,
  type CalendarDuration,
  type Duration,
  type DurationUnit,
} from './duration.js';
export { dateInTokyo, hoursBetween, parseTimestamp, todayInJapan } from './timestamp.js';
export {
  formatDateJa,
  formatDateJaShort,
  formatWareki,
  toWareki,
  warekiToGregorianYear,
  type Era,
  type Wareki,
} from './wareki.js';
export {
  FIRST_HOLIDAY_YEAR,
  LAST_HOLIDAY_YEAR,
  isJapaneseHoliday,
  japaneseHolidays,
  type JapaneseHoliday,
} from './holidays.js';
