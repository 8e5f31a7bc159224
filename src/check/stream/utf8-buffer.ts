/** UTF-8 output built up piece by piece, growing as needed. */
import type { BufferPool } from './buffer-pool.js';

const encoder = new TextEncoder();

export class Utf8Buffer {
  private bytes: Uint8Array;
  private length = 0;

  /**
   * @param capacity bytes to start with
   * @param pool where memory comes from (and where it goes back when the buffer grows)
   */
  constructor(
    capacity: number,
    private readonly pool?: BufferPool,
  ) {
    this.bytes = this.allocate(Math.max(capacity, 64));
  }

  /** Encodes text at the end. */
  append(text: string): void {
    let rest = text;
    for (;;) {
      const { read, written } = encoder.encodeInto(rest, this.bytes.subarray(this.length));
      this.length += written;
      if (read === rest.length) return;
      rest = rest.slice(read);
      // Three bytes per UTF-16 unit is the most any character takes.
      this.grow(rest.length * 3);
    }
  }

  /**
   * The bytes written: a view of the start of a buffer no other view shares, so it can be moved to
   * another thread, or handed back to the pool once written out.
   */
  take(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  private grow(needed: number): void {
    const next = this.allocate(Math.max(this.bytes.length * 2, this.length + needed));
    next.set(this.bytes.subarray(0, this.length));
    this.pool?.give(this.bytes.buffer);
    this.bytes = next;
  }

  private allocate(size: number): Uint8Array {
    return this.pool ? new Uint8Array(this.pool.take(size)) : new Uint8Array(size);
  }
}
