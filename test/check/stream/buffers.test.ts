/** Output encoded as it is formatted, and memory handed back for reuse. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BufferPool } from '../../../src/check/stream/buffer-pool.js';
import { Utf8Buffer } from '../../../src/check/stream/utf8-buffer.js';

describe('Utf8Buffer', () => {
  it('should hold the UTF-8 of everything appended, growing past any starting size', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme' })), fc.integer({ min: 1, max: 100 }), fc.boolean(), (texts, capacity, pooled) => {
        const buffer = new Utf8Buffer(capacity, pooled ? new BufferPool(1) : undefined);
        for (const t of texts) buffer.append(t);
        expect(Buffer.from(buffer.take()).toString('utf8')).toBe(texts.join(''));
      }),
    );
  });

  it('should never cut a character in two when it grows', () => {
    const buffer = new Utf8Buffer(64);
    const text = 'あ'.repeat(21) + '𠮷'.repeat(40);
    buffer.append(text);
    expect(Buffer.from(buffer.take()).toString('utf8')).toBe(text);
  });

  it('should give its old memory back to the pool when it grows', () => {
    const pool = new BufferPool();
    const buffer = new Utf8Buffer(100, pool);
    buffer.append('x'.repeat(70_000));
    expect(pool.drain().length).toBe(1);
  });
});

describe('BufferPool', () => {
  it('should hand out memory given back when it is large enough, and new memory otherwise', () => {
    const pool = new BufferPool();
    const small = pool.take(10);
    pool.give(small);
    expect(pool.take(100)).toBe(small);
    pool.give(small);
    const large = pool.take(small.byteLength + 1);
    expect(large).not.toBe(small);
    expect(large.byteLength).toBeGreaterThan(small.byteLength);
  });

  it('should keep no more than asked, and drop memory moved to another thread', () => {
    const pool = new BufferPool(2);
    for (let i = 0; i < 5; i++) pool.give(new ArrayBuffer(8));
    expect(pool.drain().length).toBe(2);
    const moved = new ArrayBuffer(8);
    structuredClone(moved, { transfer: [moved] });
    pool.give(moved);
    expect(pool.drain()).toEqual([]);
  });
});
