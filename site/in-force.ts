/**
 * The in-force page: answers `?date=YYYY-MM-DD` (or the form) with the version in force that day, by the
 * same rule as `terms check` (src/ruleset/in-force.ts), from the versions listed in the page's own table.
 */
import { isIsoDate } from '../src/period/iso-date.js';
import { formatDateJa } from '../src/period/wareki.js';
import { versionInForce } from '../src/ruleset/in-force.js';

interface Row {
  effective: string;
  version: string;
  url: string;
  element: HTMLTableRowElement;
}

const app = document.querySelector<HTMLElement>('#in-force-app');
const input = app?.querySelector<HTMLInputElement>('input[name="date"]');
const answer = app?.querySelector<HTMLElement>('.in-force-answer');
const rows: Row[] = Array.from(document.querySelectorAll<HTMLTableRowElement>('.in-force-table tbody tr')).map((element) => ({
  effective: element.dataset.effective ?? '',
  version: element.dataset.version ?? '',
  url: element.dataset.url ?? '',
  element,
}));

function dateText(date: string): string {
  try {
    return formatDateJa(date);
  } catch {
    return date;
  }
}

/** Answers for one date: a sentence with a link, and the row marked. */
function show(date: string): void {
  if (!answer) return;
  for (const row of rows) {
    row.element.classList.remove('in-force-match');
    row.element.removeAttribute('aria-current');
  }
  answer.replaceChildren();
  if (date === '') return;
  if (!isIsoDate(date)) {
    answer.textContent = `日付「${date}」を読めません。YYYY-MM-DD の形で指定してください。`;
    return;
  }
  const found = versionInForce(rows, date);
  if (!found) {
    answer.textContent = `${dateText(date)}に効力のあった版はありません（最初の版は${dateText(rows[0]?.effective ?? '')}から適用されています）。`;
    return;
  }
  found.element.classList.add('in-force-match');
  found.element.setAttribute('aria-current', 'true');
  const link = document.createElement('a');
  link.href = found.url;
  link.textContent = `${found.version} 版`;
  // The page knows its build date: a later date is answered as what is planned, not as a fact.
  const today = app?.dataset.today ?? '';
  const verb = date > today ? '適用される予定の' : date === today ? '効力のある' : '効力のあった';
  answer.append(`${dateText(date)}に${verb}版は `, link, ' です。');
}

if (app && input) {
  const date = new URLSearchParams(window.location.search).get('date') ?? '';
  input.value = isIsoDate(date) ? date : '';
  show(date.trim());
  app.dataset.ready = 'true';
}
