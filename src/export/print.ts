/**
 * Prints an HTML document to PDF with Chromium (Debian's /usr/bin/chromium through playwright-core),
 * as a browser prints the site: the document's own print styles and `@page` size, the Japanese fonts it
 * uses embedded by Chromium, nothing fetched from the network. Optional running header and footer
 * (Chromium's templates: `pageNumber` and `totalPages` are filled in on each page).
 */
import { existsSync } from 'node:fs';
import { TermsError } from '../errors.js';

/** Where Chromium is; `TERMS_CHROMIUM` overrides it. */
export function chromiumPath(): string {
  return process.env['TERMS_CHROMIUM'] ?? '/usr/bin/chromium';
}

const FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Options of {@link printPdf}. */
export interface PrintOptions {
  /** HTML of the running header (Chromium's header template), or none. */
  header?: string;
  /** HTML of the running footer, or none. */
  footer?: string;
}

/**
 * Prints a whole HTML document to PDF.
 * @param html the document (self-contained: every style inline)
 * @param options running header and footer
 * @returns the PDF's bytes
 * @throws TermsError (exit 2) when Chromium is not installed
 */
export async function printPdf(html: string, options: PrintOptions = {}): Promise<Uint8Array> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new TermsError(`PDF の印刷には Chromium が必要です（${executablePath} がありません。apt-get install chromium fonts-ipafont-mincho） / Chromium is needed to print PDF`, 2);
  }
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, args: FLAGS });
  try {
    const page = await browser.newPage();
    // Nothing leaves the machine: the document is complete as given.
    await page.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    await page.setContent(html, { waitUntil: 'load' });
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const running = options.header !== undefined || options.footer !== undefined;
    const pdf = await page.pdf({
      preferCSSPageSize: true,
      printBackground: true,
      displayHeaderFooter: running,
      ...(running ? { headerTemplate: options.header ?? '<span></span>', footerTemplate: options.footer ?? '<span></span>' } : {}),
    });
    return new Uint8Array(pdf);
  } finally {
    await browser.close();
  }
}
