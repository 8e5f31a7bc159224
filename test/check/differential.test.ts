/**
 * A differential and property test of the checker over random valid contracts formed across month ends
 * and leap days, with events timed around midnight in Japan, judged under both real versions of the terms
 * (2018-04-20 and 2027-01-01). An independent oracle of 民法143条 (written here with Date.UTC, not with
 * src/period) gives the terms and the timely notice dates; the properties must hold whatever the events:
 * no end before the formation, every finding cites a clause of the version in force, a timely notice is
 * never too late, and the CLI writes the same bytes under three time zones and any --jobs.
 */
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import { checkValue, prepareTerms, type CheckResult, type InputEvent, type TermsCatalog } from '../../src/check/index.js';
import { compileProject } from '../../src/project/compile-all.js';
import { resultOf, ROOT, writeTermsProject } from './support.js';

let catalog: TermsCatalog;
beforeAll(async () => {
  const project = await compileProject(join(ROOT, 'terms'), ROOT);
  catalog = prepareTerms(project.versions.map((v) => v.ruleSet));
});

// ── The oracle: 民法140条・143条 with Date.UTC ───────────────────────────────────────────────────────
const MS_DAY = 86_400_000;
const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const ms = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10)));
const plusDays = (date: string, n: number) => iso(ms(date) + n * MS_DAY);
/** Last day of a period of n months from `from` (first day counted or not), by 民法143条２. */
function oracleMonths(from: string, n: number, firstDayCounted: boolean): string {
  const s = firstDayCounted ? from : plusDays(from, 1);
  const [y, m, d] = [Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10))];
  const lastOfTarget = new Date(Date.UTC(y, m + n + 1, 0)).getUTCDate();
  // 応当日 exists: the day before it; otherwise the last day of that month.
  return d <= lastOfTarget ? iso(Date.UTC(y, m + n, d) - MS_DAY) : iso(Date.UTC(y, m + n, lastOfTarget));
}
const monthsOf = (value: { n: number; unit: string }) => (value.unit === 'years' ? value.n * 12 : value.n);
/** The earliest effective date (start of day) a notice leaves n months before: the day after the period's last day, plus one. */
const earliestStartOfDay = (notice: string, months: number) => plusDays(oracleMonths(notice, months, false), 1);

// ── The generator ─────────────────────────────────────────────────────────────────────────────────────
/** Dates that stress the period law: month ends, 28/29 February, 1st of the month. */
const edgeDate = (from: number, to: number) =>
  fc.tuple(fc.integer({ min: from, max: to }), fc.integer({ min: 1, max: 12 }), fc.constantFrom(1, 15, 28, 29, 30, 31)).map(([y, m, d]) => {
    const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
    return `${y}-${String(m).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
  });
/** A time on a date in Japan, written in UTC or JST, near midnight (00:00 JST is 15:00Z the day before). */
const timeOn = (date: string) =>
  fc.constantFrom(`${plusDays(date, -1)}T15:00:00Z`, `${date}T00:00:00+09:00`, `${date}T14:59:59Z`, `${date}T23:59:59+09:00`, `${date}T12:00:00+09:00`);

interface Generated {
  formed: string;
  termMonths: number | undefined;
  events: InputEvent[];
  asOf: string;
  /** Indexes (in `events`, from 0) of notices generated to be timely. */
  timely: number[];
}

const contracts: fc.Arbitrary<Generated> = edgeDate(2019, 2028).chain((formed) => {
  const day = (max = 900) => fc.integer({ min: 0, max }).map((k) => plusDays(formed, k));
  const at = (date: string) => fc.option(timeOn(date), { nil: undefined });
  const groups: fc.Arbitrary<Array<{ event: InputEvent; timely?: true }>> = fc.oneof(
    fc.tuple(day(), fc.constantFrom('customer' as const, 'company' as const)).map(([date, by]) => [{ event: { type: 'renewal.optout', date, by } as InputEvent }]),
    fc.tuple(day(), fc.option(fc.integer({ min: 0, max: 120 }), { nil: undefined })).map(([date, k]) => [
      { event: (k === undefined ? { type: 'cancellation.notice', date } : { type: 'cancellation.notice', date, desiredDate: plusDays(date, k) }) as InputEvent },
    ]),
    fc
      .tuple(fc.uuid(), day(), fc.integer({ min: 1, max: 90000 }), fc.option(fc.integer({ min: 0, max: 70 }), { nil: undefined }))
      .chain(([id, date, amount, paidAfter]) =>
        fc.tuple(fc.constant([id, date, amount, paidAfter] as const), paidAfter === undefined ? fc.constant(undefined) : at(plusDays(date, paidAfter))),
      )
      .map(([[id, date, amount, paidAfter], time]) => {
        const out: Array<{ event: InputEvent }> = [{ event: { type: 'payment.due', id, date, amount } }];
        if (paidAfter !== undefined) out.push({ event: { type: 'payment.made', invoice: id, date: plusDays(date, paidAfter), amount, ...(time ? { at: time } : {}) } });
        return out;
      }),
    fc.tuple(fc.uuid(), day(), fc.option(fc.integer({ min: 0, max: 14 }), { nil: undefined })).map(([id, date, curedAfter]) => {
      const out: Array<{ event: InputEvent }> = [{ event: { type: 'violation', id, date, by: 'authorized-user' } }];
      if (curedAfter !== undefined) out.push({ event: { type: 'violation.cured', violation: id, date: plusDays(date, curedAfter) } });
      return out;
    }),
    fc.tuple(fc.uuid(), day(), fc.integer({ min: 0, max: 3 })).chain(([id, date, days]) =>
      fc.tuple(timeOn(date), timeOn(plusDays(date, days))).map(([knownAt, restoredAt]) =>
        knownAt <= restoredAt || days > 0
          ? [{ event: { type: 'outage', id, knownAt, restoredAt, attributable: true, total: true } as InputEvent }]
          : [],
      ),
    ),
    fc.tuple(day(), fc.integer({ min: 0, max: 40 })).map(([date, k]) => {
      // Timely under the version in force on the notice date, by the oracle.
      const months = monthsOf(catalog.at(date)!.rules.changeNotice.notice);
      return [{ event: { type: 'terms.change.notice', date, effectiveDate: plusDays(earliestStartOfDay(date, months), k) } as InputEvent, timely: true as const }];
    }),
    fc.tuple(day(), fc.integer({ min: 0, max: 40 })).map(([date, k]) => {
      const months = monthsOf(catalog.at(date)!.rules.discontinuation.notice);
      return [{ event: { type: 'discontinuation.notice', date, discontinuationDate: plusDays(earliestStartOfDay(date, months), k) } as InputEvent, timely: true as const }];
    }),
    fc
      .tuple(day(), fc.constantFrom('art-12-p3', 'art-15-p1-i8', 'art-30-p2', 'art-30-p2-i1', 'art-15-p1-i2'), fc.constantFrom('unpaid-fees' as const, 'breach' as const, undefined))
      .chain(([date, ground, cause]) => at(date).map((time) => [{ event: { type: 'company.suspension', date, ground, ...(cause ? { cause } : {}), ...(time ? { at: time } : {}) } as InputEvent }])),
    fc
      .tuple(day(), fc.constantFrom('art-15-p1-i8', 'art-30-p2', 'art-30-p2-i2', 'art-15-p1-i9'))
      .chain(([date, ground]) => at(date).map((time) => [{ event: { type: 'company.termination', date, ground, ...(time ? { at: time } : {}) } as InputEvent }])),
  );
  return fc.record({
    formed: fc.constant(formed),
    termMonths: fc.option(fc.integer({ min: 1, max: 25 }), { nil: undefined }),
    groups: fc.array(groups, { maxLength: 7 }),
    asOf: fc.integer({ min: -10, max: 1200 }).map((k) => plusDays(formed, k)),
  }).map(({ groups: g, ...rest }) => {
    const flat = g.flat();
    return { ...rest, events: flat.map((x) => x.event), timely: flat.flatMap((x, i) => (x.timely ? [i] : [])) };
  });
});

const inputOf = (c: Generated, id = 'K-D') => ({
  contract: id,
  events: [{ type: 'contract.formed', date: c.formed, monthlyFee: 55000, ...(c.termMonths === undefined ? {} : { termMonths: c.termMonths }) }, ...c.events],
});
const check = (c: Generated): CheckResult => resultOf(checkValue(inputOf(c), { index: 0, line: null }, catalog, c.asOf));
/** The date of an input event (an outage's: its knownAt in Japan). */
function dateOfEvent(c: Generated, index: number): string {
  const e = inputOf(c).events[index] as Record<string, unknown>;
  if (typeof e['date'] === 'string') return e['date'];
  return iso(Date.parse(String(e['knownAt'])) + 9 * 3_600_000);
}

describe('the checker against an oracle, over random contracts', () => {
  it('should never end a contract before its formation, and chain its terms as 民法143条 counts them', () => {
    fc.assert(
      fc.property(contracts, (c) => {
        const r = check(c);
        if (r.endDate !== null) expect(r.endDate >= c.formed).toBe(true);
        for (const t of r.terms) expect(t.start <= t.end && t.start >= c.formed).toBe(true);
        // The oracle's terms: the first from the formation (first day counted), each renewal from the day after.
        r.terms.forEach((t, i) => {
          const rules = catalog.at(t.start)!.rules;
          const months = i === 0 ? (c.termMonths ?? monthsOf(rules.term.duration)) : monthsOf(rules.term.renewal);
          expect(t.end, `term ${i} from ${t.start}`).toBe(oracleMonths(t.start, months, true));
        });
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('should cite, in every finding, a clause of the version in force on the date of its event', () => {
    fc.assert(
      fc.property(contracts, (c) => {
        const r = check(c);
        for (const f of r.findings) {
          const version = catalog.versions.find((v) => v.version === f.version);
          expect(version?.clauses.get(f.clause)?.id, `${f.code} ${f.clause}`).toBe(f.clause);
          if (f.event === null) continue;
          // event-after-end cites the end, fixed by an earlier event under the version then in force.
          const expected = f.code === 'event-after-end' ? r.endVersion : catalog.at(dateOfEvent(c, f.event))!.version;
          expect(f.version, f.code).toBe(expected);
        }
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('should never find a timely notice too late', () => {
    fc.assert(
      fc.property(contracts, (c) => {
        const r = check(c);
        // events[0] is the formation: a generated event i is input event i + 1.
        const timely = new Set(c.timely.map((i) => i + 1));
        for (const f of r.findings) if (f.event !== null && timely.has(f.event)) expect(f.code).not.toBe('notice-too-late');
      }),
      { numRuns: 300, seed: 15 },
    );
  });

  it('should write the same bytes under three time zones and with any --jobs', () => {
    const sample = fc.sample(contracts, { numRuns: 250, seed: 15 });
    const dir = writeTermsProject([]);
    const file = join(dir, 'batch.ndjson');
    writeFileSync(file, sample.map((c, i) => JSON.stringify(inputOf(c, `K-${i}`))).join('\n') + '\n');
    const run = (tz: string, jobs: string, format = 'json') =>
      spawnSync(process.execPath, [join(ROOT, 'bin/terms.js'), 'check', file, '--as-of', '2027-06-30', '--jobs', jobs, '--format', format], {
        cwd: ROOT,
        env: { ...process.env, TZ: tz },
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
    const base = run('Asia/Tokyo', '1');
    expect(base.stderr).toContain('250 件の契約を評価しました');
    expect(base.stdout.split('\n').filter(Boolean)).toHaveLength(250);
    for (const [tz, jobs] of [
      ['UTC', '2'],
      ['America/Los_Angeles', '3'],
      ['UTC', '1'],
    ] as const) {
      const other = run(tz, jobs);
      expect([other.status, other.stdout], `${tz} --jobs ${jobs}`).toEqual([base.status, base.stdout]);
    }
    expect(run('America/Los_Angeles', '2', 'text').stdout).toBe(run('Asia/Tokyo', '1', 'text').stdout);
  }, 300_000);
});
