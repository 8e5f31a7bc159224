/**
 * The order in which the suite's files start: the slow ones first, so that the two workers end together
 * instead of one of them running a 20-second file alone at the end.
 *
 * Vitest orders by the durations of the last run it remembers (node_modules/.vite/vitest), and by file
 * size without them — CI runs a clean clone, so it has none, and size is a poor guess here: the npm
 * pack + install test is 85 lines. Files named below start first, in this order (slowest first, from
 * idle CI runs); every other file keeps Vitest's own order after them.
 */
import { BaseSequencer, type TestSpecification } from 'vitest/node';

/** Files known to take long (Chromium, SMTP, npm install, spawned processes), slowest first. */
export const SLOW_FILES: readonly string[] = [
  'test/site/browser.test.ts',
  'test/site/readers.test.ts',
  'test/notice/send.test.ts',
  'test/export/cli.test.ts',
  'test/robust/smtp-resume.test.ts',
  'test/project/package.test.ts',
  'test/check/jobs.test.ts',
  'test/notice/legal.test.ts',
  'test/robust/outputs.test.ts',
  'test/export/roundtrip.test.ts',
  'test/site/build.test.ts',
  'test/project/site.test.ts',
  'test/export/pdf.test.ts',
  'test/robust/fuzz.test.ts',
  'test/site/serve.test.ts',
];

/** Known-slow files first, then Vitest's order (remembered durations, else size). */
export class SlowFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    const rank = (spec: TestSpecification): number => {
      const index = SLOW_FILES.findIndex((file) => spec.moduleId.endsWith(`/${file}`));
      return index === -1 ? SLOW_FILES.length : index;
    };
    // Array.prototype.sort is stable: files of equal rank keep Vitest's order.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
