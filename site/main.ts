/**
 * The site's one script, loaded by every page. Everything it does is an enhancement: the pages are fully
 * readable without it. It copies permalinks, offers printing, folds the table of contents on phones,
 * keeps terms' tooltips inside the window and lets Esc dismiss them, routes the compare form to a
 * pre-rendered diff, toggles editorial changes on diff pages, and loads the search code on the search
 * page and the in-force code on the in-force page only.
 */
import './styles.css';

const PHONE = '(max-width: 47.99rem)';

/** A polite live region for short messages, present from the start so that screen readers announce them. */
const toast = document.createElement('div');
toast.className = 'toast';
toast.setAttribute('role', 'status');
document.body.append(toast);

/** Shows a short message in the live region. */
function announce(message: string): void {
  toast.textContent = message;
  toast.classList.add('toast-visible');
  window.setTimeout(() => toast.classList.remove('toast-visible'), 2000);
}

/** Permalinks still navigate to their anchor; with a clipboard they also copy the full URL. */
function permalinks(): void {
  document.addEventListener('click', (event) => {
    const link = (event.target as Element | null)?.closest<HTMLAnchorElement>('a.permalink');
    if (!link || !navigator.clipboard) return;
    navigator.clipboard.writeText(link.href).then(
      () => announce('リンクをコピーしました'),
      () => undefined,
    );
  });
}

function printButtons(): void {
  document.querySelectorAll<HTMLButtonElement>('.print-button').forEach((button) => {
    button.hidden = false;
    button.addEventListener('click', () => window.print());
  });
}

function tableOfContents(): void {
  const toc = document.querySelector<HTMLDetailsElement>('.toc details');
  if (toc && window.matchMedia(PHONE).matches) toc.open = false;
  // Following a link in the folded contents on a phone closes them again.
  toc?.addEventListener('click', (event) => {
    if ((event.target as Element).closest('a') && window.matchMedia(PHONE).matches) toc.open = false;
  });
}

/**
 * Tooltips of defined terms: kept inside the window (CSS alone places them at the term, which may be near
 * its right edge), and, per WCAG 1.4.13, dismissible with Esc without moving the pointer or the focus.
 */
function tooltips(): void {
  const show = (event: Event) => {
    const wrap = (event.target as Element | null)?.closest?.('.term-wrap');
    const tip = wrap?.querySelector<HTMLElement>('.tip');
    if (!wrap || !tip) return;
    wrap.classList.remove('tip-dismissed');
    tip.style.removeProperty('left');
    if (getComputedStyle(tip).position !== 'absolute') return;
    const overflow = tip.getBoundingClientRect().right - (document.documentElement.clientWidth - 8);
    if (overflow > 0) tip.style.left = `${-overflow}px`;
  };
  document.addEventListener('mouseover', show);
  document.addEventListener('focusin', show);
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    document.querySelectorAll('.term-wrap:hover, .term-wrap:focus-within').forEach((wrap) => wrap.classList.add('tip-dismissed'));
  });
}

/**
 * The compare form submits to the document's list of comparisons (which works without JavaScript); with
 * it, the reader goes straight to the pre-rendered pair, older version first, or, for a pair the site
 * does not pre-render, to the list of comparisons, which compares the two in the page (site/compare.ts).
 */
function compareForms(): void {
  const known = (form: HTMLFormElement, version: string) => Array.from(form.querySelectorAll('option')).some((o) => o.value === version);
  const go = (form: HTMLFormElement, from: string, to: string): boolean => {
    if (from === to || !known(form, from) || !known(form, to)) return false;
    const [older, newer] = from < to ? [from, to] : [to, from];
    const prebuilt = new Set((form.dataset.prebuilt ?? '').split(' '));
    if (prebuilt.has(`${older}...${newer}`)) {
      const template = form.dataset.diffUrl ?? '';
      window.location.assign(template.replace('{from}', older).replace('{to}', newer));
      return true;
    }
    const app = document.querySelector<HTMLElement>('#compare-app');
    if (!app) {
      const url = new URL(form.action, window.location.href);
      url.search = new URLSearchParams({ from: older, to: newer }).toString();
      window.location.assign(url.href);
      return true;
    }
    const url = new URL(window.location.href);
    url.search = new URLSearchParams({ from: older, to: newer }).toString();
    window.history.replaceState(null, '', url);
    void import('./compare.js').then((m) => m.compareInPage(app, older, newer));
    return true;
  };
  document.querySelectorAll<HTMLFormElement>('form.compare-form').forEach((form) => {
    form.addEventListener('submit', (event) => {
      const data = new FormData(form);
      event.preventDefault();
      if (!go(form, String(data.get('from') ?? ''), String(data.get('to') ?? ''))) announce('異なる二つの版を選んでください');
    });
    const params = new URLSearchParams(window.location.search);
    if (form.dataset.redirect !== undefined) go(form, params.get('from') ?? '', params.get('to') ?? '');
  });
}

/** On a diff page: show or hide the editorial (形式的な) changes. */
function editorialToggle(): void {
  const toggle = document.querySelector<HTMLInputElement>('#show-editorial');
  const diff = document.querySelector('.diff-redline');
  if (!toggle || !diff) return;
  toggle.closest('.diff-options')?.removeAttribute('hidden');
  const apply = () => diff.classList.toggle('hide-editorial', !toggle.checked);
  toggle.addEventListener('change', apply);
  apply();
}

permalinks();
printButtons();
tableOfContents();
tooltips();
compareForms();
editorialToggle();
if (document.querySelector('#search-app')) void import('./search.js');
if (document.querySelector('#in-force-app')) void import('./in-force.js');
