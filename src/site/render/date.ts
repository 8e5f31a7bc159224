/**
 * Dates on the site: 西暦 with 和暦 (`2027年（令和9年）1月1日`) inside a machine-readable `<time>`.
 */
import { formatDateJa, type IsoDate } from '../../period/index.js';
import { html, type Html } from '../html.js';

/** A date as people read it; dates the Japanese calendar cannot write (before 1873) stay `YYYY-MM-DD`. */
function dateText(date: IsoDate): string {
  try {
    return formatDateJa(date);
  } catch {
    return date;
  }
}

/**
 * A date as a `<time>` element.
 * @param date a `YYYY-MM-DD` date
 */
export function renderDate(date: IsoDate): Html {
  return html`<time datetime="${date}">${dateText(date)}</time>`;
}
