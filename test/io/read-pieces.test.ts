/**
 * A file read in pieces into two buffers used in turn (src/io/read-pieces.ts): the pieces are the file's
 * bytes in order, a piece's memory is read into again once the piece after next is asked for, and a
 * reader that stops early or meets a file system error leaves nothing open or unhandled.
 */
import { randomBytes } from 'node:crypto';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readPieces } from '../../src/io/read-pieces.js';
import { tempDir } from '../helpers/temp.js';

/** File descriptors this process has open. */
const openFiles = (): number => readdirSync('/proc/self/fd').length;

describe('readPieces', () => {
  it('should give the file’s bytes in order, whatever the size of a piece', async () => {
    const dir = tempDir();
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 700 }), async (length, size) => {
        const file = join(dir, 'bytes');
        const bytes = randomBytes(length);
        writeFileSync(file, bytes);
        const pieces: Buffer[] = [];
        for await (const piece of readPieces(file, size)) {
          expect(piece.length).toBeLessThanOrEqual(size);
          expect(piece.length).toBeGreaterThan(0);
          pieces.push(Buffer.from(piece));
        }
        expect(Buffer.concat(pieces).equals(bytes)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });

  it('should read into the memory of the piece before last (a piece is the caller’s only until it asks for the next)', async () => {
    const file = join(tempDir(), 'bytes');
    writeFileSync(file, Buffer.from('aaaabbbbccccdddd'));
    const views: Uint8Array[] = [];
    for await (const piece of readPieces(file, 4)) views.push(piece);
    expect(views.map((v) => v.buffer)).toEqual([views[0]?.buffer, views[1]?.buffer, views[0]?.buffer, views[1]?.buffer]);
    expect(views[0]?.buffer).not.toBe(views[1]?.buffer);
  });

  it('should close the file when the caller stops early, with a read still in flight', async () => {
    const file = join(tempDir(), 'bytes');
    writeFileSync(file, randomBytes(64 * 1024));
    const before = openFiles();
    for await (const piece of readPieces(file, 1024)) {
      expect(piece.length).toBe(1024);
      break;
    }
    expect(openFiles()).toBe(before);
  });

  it('should reject with the file system’s error, and leave nothing open', async () => {
    const dir = tempDir();
    const before = openFiles();
    await expect(readPieces(join(dir, 'missing')).next()).rejects.toMatchObject({ code: 'ENOENT' });
    await expect(readPieces(dir).next()).rejects.toMatchObject({ code: 'EISDIR' });
    expect(openFiles()).toBe(before);
  });
});
