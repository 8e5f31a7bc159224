/**
 * The contract ids of a batch: a repeated id is found with the line it was first on, across the table's
 * growth, and once the table is full, later ids are still looked for among those recorded (the run then
 * says once, at the line where recording stopped, that later duplicates between them go unreported).
 */
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { TermsCatalog } from '../../../src/check/index.js';
import { CheckOutput, DuplicateIds } from '../../../src/check/stream/index.js';
import { catalogOf, versionOf } from '../support.js';

/** What the table must answer: the first place of every id recorded, the first `capacity` distinct ids recorded. */
function oracle(ids: string[], capacity: number): { answers: Array<number | undefined>; full: number | undefined } {
  const first = new Map<string, number>();
  let full: number | undefined;
  const answers = ids.map((id, at) => {
    const seen = first.get(id);
    if (seen !== undefined) return seen;
    if (first.size < capacity) first.set(id, at);
    else full ??= at;
    return undefined;
  });
  return { answers, full };
}

describe('DuplicateIds', () => {
  it('should give the first place of every repeated id, as a map would, through the growth of the table', () => {
    // Few distinct ids make repeats; a long run makes the table grow several times past its 1,024 slots.
    const id = fc.oneof(fc.integer({ min: 0, max: 3_000 }).map((n) => `K-${n}`), fc.string({ maxLength: 12 }));
    fc.assert(
      fc.property(fc.array(id, { minLength: 1, maxLength: 6_000, size: 'max' }), (ids) => {
        const table = new DuplicateIds();
        expect(ids.map((id, at) => table.see(id, at))).toEqual(oracle(ids, Infinity).answers);
        expect(table.full).toBeUndefined();
      }),
      { numRuns: 30 },
    );
  });

  it('should stop recording at three quarters of its largest table, and still find the ids recorded', () => {
    fc.assert(
      fc.property(fc.constantFrom(16, 64, 1024, 4096), fc.array(fc.integer({ min: 0, max: 5_000 }), { maxLength: 8_000, size: 'max' }), (slots, numbers) => {
        const table = new DuplicateIds(slots);
        expect(table.capacity).toBe((slots * 3) / 4);
        const ids = numbers.map((n) => `C${n}`);
        const expected = oracle(ids, table.capacity);
        expect(ids.map((id, at) => table.see(id, at))).toEqual(expected.answers);
        expect(table.full).toBe(expected.full);
      }),
      { numRuns: 60 },
    );
  });

  it('should tell ids apart that differ in one UTF-16 unit, or only in length', () => {
    const table = new DuplicateIds();
    const ids = ['', '\u0000', 'a', 'a\u0000', 'ab', 'ba', 'K-0000001', 'K-0000010', '契約-1', '契約-2', '😀', '\ud83d'];
    ids.forEach((id, at) => expect(table.see(id, at)).toBeUndefined());
    ids.forEach((id, at) => expect(table.see(id, 100 + at)).toBe(at));
  });
});

describe('the duplicate-id warnings of a run', () => {
  let catalog: TermsCatalog;
  beforeAll(async () => {
    ({ catalog } = await catalogOf([versionOf('2018-04-20')]));
  });

  /** Notes the ids as NDJSON lines 1, 2, … and returns what the run wrote on stderr. */
  async function warnings(ids: string[], slots: number): Promise<string> {
    let stderr = '';
    const sink = { stdout: () => undefined, stderr: (text: string) => void (stderr += text), room: () => undefined };
    const out = new CheckOutput(sink, 'json', catalog, undefined, new DuplicateIds(slots));
    ids.forEach((id, i) => out.noteId(id, i + 1, 'line'));
    await out.flush();
    return stderr;
  }

  it('should say once where recording stopped, and report only duplicates of ids recorded before', async () => {
    // 16 slots hold 12 ids: K-0 … K-11 on lines 1–12; K-12 (line 13) is the first left unrecorded.
    const ids = [...Array.from({ length: 14 }, (_, i) => `K-${i}`), 'K-3', 'K-12', 'K-13', 'K-0'];
    const lines = (await warnings(ids, 16)).trimEnd().split('\n');
    expect(lines).toEqual([
      '注意 / warning: 行 13: 記録できる契約 ID の上限（12 件）に達しました。ここから後の ID は、それより前の ID との重複だけを報告します / line 13: the limit of 12 recorded contract ids is reached: from here on, only duplicates of an earlier id are reported',
      '注意 / warning: 行 15: 契約 ID "K-3" は 行 4 と重複しています / line 15: duplicate contract id, also on line 4',
      '注意 / warning: 行 18: 契約 ID "K-0" は 行 1 と重複しています / line 18: duplicate contract id, also on line 1',
    ]);
  });

  it('should say nothing of a limit that a batch does not reach', async () => {
    const ids = Array.from({ length: 12 }, (_, i) => `K-${i}`);
    expect(await warnings([...ids, 'K-5'], 16)).toBe('注意 / warning: 行 13: 契約 ID "K-5" は 行 6 と重複しています / line 13: duplicate contract id, also on line 6\n');
  });
});
