/**
 * README "Exit statuses": a reader that closes the output early ends the run quietly with 0, for every
 * command that writes to stdout (issue 16 item 1).
 */
import { describe, expect, it } from 'vitest';
import { hasStackTrace, pipeline } from './support.js';

describe('a reader that closes the output early', () => {
  it.each([
    ['terms compile --out -', 'terms compile --out - | head -c 10'],
    ['terms diff --format json', 'terms diff knet-cloud@2018-04-20 knet-cloud@2027-01-01 --format json | head -c 10'],
    ['terms diff --format table-html', 'terms diff knet-cloud@2018-04-20 knet-cloud@2027-01-01 --format table-html | head -c 10'],
    ['terms diff --format markdown', 'terms diff knet-cloud@2018-04-20 knet-cloud@2027-01-01 --format markdown | head -c 10'],
  ])('should end %s quietly with status 0', (_, command) => {
    const run = pipeline(command);
    expect(hasStackTrace(run.stderr)).toBe(false);
    expect(run.stderr).not.toContain('EPIPE');
    expect(run.stderr).not.toContain('internal error');
    expect(run.stdout.length).toBeGreaterThan(0);
    expect(run.status).toBe(0);
  }, 120_000);
});
