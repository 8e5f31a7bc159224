/**
 * The recipe of docs/checker.md ("DuckDB, Spark and other engines"), end to end with a real embedded
 * DuckDB: contract events kept one row per event in a table, exported as NDJSON (one contract a line),
 * piped through `terms check -` as a process, and the results read back with read_json and queried.
 * The counts DuckDB gives must be those of the checker called directly.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { checkValue } from '../../src/check/index.js';
import { catalogOf, resultOf, ROOT, run, variants, versionOf } from './support.js';

describe('terms check - with DuckDB', () => {
  it('should check contracts exported from a table and give results that DuckDB reads back and counts', async () => {
    const { dir, catalog } = await catalogOf([versionOf('2018-04-20')]);
    const contracts = variants(240);
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    // One row per event, as an operational database keeps them.
    await db.run('CREATE TABLE events (contract VARCHAR, seq INTEGER, event JSON)');
    const rows = contracts.flatMap((c) => c.events.map((e, seq) => `(${quote(c.contract)}, ${seq}, ${quote(JSON.stringify(e))})`));
    await db.run(`INSERT INTO events VALUES ${rows.join(', ')}`);
    const input = join(dir, 'contracts.ndjson');
    const output = join(dir, 'results.ndjson');
    await db.run(`COPY (SELECT contract, list(event ORDER BY seq) AS events FROM events GROUP BY contract ORDER BY contract) TO ${quote(input)} (FORMAT JSON)`);

    // The shell pipeline `terms check - --only findings < contracts.ndjson > results.ndjson`.
    const child = spawn(process.execPath, [join(ROOT, 'bin/terms.js'), 'check', '-', '--as-of', '2026-12-01', '--only', 'findings'], { cwd: dir, stdio: ['pipe', 'pipe', 'pipe'] });
    createReadStream(input).pipe(child.stdin);
    child.stdout.pipe(createWriteStream(output));
    const [status] = await once(child, 'close');
    expect(status).toBe(1);

    const perCode = await db.runAndReadAll(
      `SELECT f.code AS code, count(*)::INTEGER AS n
         FROM (SELECT unnest(findings) AS f FROM read_json(${quote(output)}, format = 'newline_delimited'))
        WHERE f.severity = 'violation' GROUP BY f.code ORDER BY f.code`,
    );
    const contractsRead = await db.runAndReadAll(`SELECT count(*)::INTEGER AS n, count(DISTINCT contract)::INTEGER AS ids FROM read_json(${quote(output)}, format = 'newline_delimited')`);

    // The same counts from the checker called directly, contract by contract.
    const expected = new Map<string, number>();
    for (const [index, c] of [...contracts].sort((a, b) => (a.contract < b.contract ? -1 : 1)).entries()) {
      for (const f of resultOf(checkValue(c, { index, line: index + 1 }, catalog, '2026-12-01')).findings) {
        if (f.severity === 'violation') expected.set(f.code, (expected.get(f.code) ?? 0) + 1);
      }
    }
    expect(perCode.getRowObjectsJson()).toEqual([...expected].sort(([a], [b]) => (a < b ? -1 : 1)).map(([code, n]) => ({ code, n })));
    expect(expected.size).toBeGreaterThan(1);
    expect(contractsRead.getRowObjectsJson()).toEqual([{ n: 240, ids: 240 }]);
  }, 60_000);

  it('should find with the documented query the duplicate ids the checker warns of', async () => {
    const { dir } = await catalogOf([versionOf('2018-04-20')]);
    const contracts = variants(60);
    // Three contracts exported twice, one of them three times, far apart.
    const lines = [...contracts, contracts[4], contracts[50], contracts[4], contracts[17]].map((c) => JSON.stringify(c));
    const input = join(dir, 'contracts.ndjson');
    await writeFile(input, `${lines.join('\n')}\n`);
    const db = await (await DuckDBInstance.create(':memory:')).connect();
    // docs/checker.md, "Duplicate contract ids".
    const found = await db.runAndReadAll(
      `SELECT contract, count(*) FROM read_json(${quote(input)}, format = 'newline_delimited') GROUP BY contract HAVING count(*) > 1`,
    );
    const duplicates = found.getRows().map(([contract]) => String(contract)).sort();

    const { stderr } = await run(['check', input, '--as-of', '2026-12-01', '--only', 'violations'], { cwd: dir });
    const warned = [...stderr.matchAll(/契約 ID "([^"]+)" は/gu)].map((m) => m[1]);
    expect(duplicates).toEqual(['K-17', 'K-4', 'K-50']);
    expect([...new Set(warned)].sort()).toEqual(duplicates);
    expect(warned).toHaveLength(4);
  }, 60_000);
});

/** A SQL string literal. */
function quote(text: string): string {
  return `'${text.replace(/'/gu, "''")}'`;
}
