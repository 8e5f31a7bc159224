/**
 * Memory for pieces of input and output, handed back once used. A million contracts then take a few
 * dozen buffers instead of two million: the allocator does not fragment (which shows as a process that
 * grows with the batch), and the garbage collector is not left with hundreds of MB of dead buffers.
 */
/** New buffers are a whole number of these, so that a slightly longer piece can use a buffer again. */
const GRAIN = 1 << 16;

export class BufferPool {
  private readonly free: ArrayBuffer[] = [];

  /** @param keep buffers kept at most; more are left to the garbage collector */
  constructor(private readonly keep = 8) {}

  /**
   * A buffer of at least `size` bytes, used or new.
   * @param size bytes needed
   */
  take(size: number): ArrayBuffer {
    for (let i = 0; i < this.free.length; i++) {
      const buffer = this.free[i] as ArrayBuffer;
      if (buffer.byteLength >= size) {
        this.free.splice(i, 1);
        return buffer;
      }
    }
    return new ArrayBuffer(Math.ceil(size / GRAIN) * GRAIN);
  }

  /**
   * Hands a buffer back; nothing may use it afterwards.
   * @param buffer the buffer (one moved to another thread meanwhile has no bytes left, and is dropped)
   */
  give(buffer: ArrayBufferLike): void {
    if (buffer instanceof ArrayBuffer && buffer.byteLength > 0 && this.free.length < this.keep) this.free.push(buffer);
  }

  /** Takes every buffer out (to move them to another thread). */
  drain(): ArrayBuffer[] {
    return this.free.splice(0);
  }
}
