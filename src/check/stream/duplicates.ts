/**
 * Contract ids seen in a batch, to report one that appears twice. A million ids kept as strings would
 * take about 100 MB; kept as 64-bit hashes in an open-addressed table they take 12 bytes each (a false
 * duplicate is about as likely as 1 in 10^7 at a million contracts, and only ever costs a warning).
 *
 * The table stops growing at `maxSlots` (12 MB by default), so that a batch of any size runs in bounded
 * memory: once it is three quarters full, new ids are still looked for among those recorded but are not
 * recorded themselves, and `full` says from where.
 */

/**
 * Slots of the largest table: 12 bytes each, 12 MB, holding 786,432 ids. Twice as many would cost 12 MB
 * more in every batch past 524,288 contracts (24 MB more for a moment, while it doubles), which the
 * checker's 200 MB cannot spare (docs/checker.md, Memory).
 */
export const MAX_SLOTS = 1 << 20;

/** Slots of a new table. */
const FIRST_SLOTS = 1 << 10;

export class DuplicateIds {
  /** Two 32-bit halves of each hash (0, 0 = empty slot), and the line or index where it was first seen (+1). */
  private keys: Uint32Array;
  private where: Uint32Array;
  private size = 0;
  /** Where the first id left unrecorded was (line or index), once the table is full. */
  full: number | undefined;

  /** @param maxSlots the largest table's slots (a power of two) */
  constructor(private readonly maxSlots = MAX_SLOTS) {
    const slots = Math.min(FIRST_SLOTS, maxSlots);
    this.keys = new Uint32Array(2 * slots);
    this.where = new Uint32Array(slots);
  }

  /** Ids the table can hold. */
  get capacity(): number {
    return (this.maxSlots * 3) / 4;
  }

  /**
   * Records an id (unless the table is full).
   * @param id the contract id
   * @param at where it is (line or index, from 0 or 1)
   * @returns where it was seen first, or undefined when it is new
   */
  see(id: string, at: number): number | undefined {
    const [a, b] = hash(id);
    const mask = this.where.length - 1;
    for (let slot = a & mask; ; slot = (slot + 1) & mask) {
      const ka = this.keys[2 * slot] as number;
      const kb = this.keys[2 * slot + 1] as number;
      if (ka === 0 && kb === 0) {
        if (this.size >= this.capacity) {
          this.full ??= at;
          return undefined;
        }
        this.keys[2 * slot] = a;
        this.keys[2 * slot + 1] = b;
        this.where[slot] = at + 1;
        // Kept at most half full (few probes) until the largest table, which fills to three quarters.
        if (++this.size * 2 > this.where.length && this.where.length < this.maxSlots) this.grow();
        return undefined;
      }
      if (ka === a && kb === b) return (this.where[slot] as number) - 1;
    }
  }

  private grow(): void {
    const { keys, where } = this;
    this.keys = new Uint32Array(keys.length * 2);
    this.where = new Uint32Array(where.length * 2);
    const mask = this.where.length - 1;
    for (let i = 0; i < where.length; i++) {
      const a = keys[2 * i] as number;
      const b = keys[2 * i + 1] as number;
      if (a === 0 && b === 0) continue;
      let slot = a & mask;
      while (this.keys[2 * slot] !== 0 || this.keys[2 * slot + 1] !== 0) slot = (slot + 1) & mask;
      this.keys[2 * slot] = a;
      this.keys[2 * slot + 1] = b;
      this.where[slot] = where[i] as number;
    }
  }
}

/** Two independent 32-bit FNV-1a hashes of a string's UTF-16 units (never both 0). */
function hash(text: string): [number, number] {
  let a = 0x811c9dc5;
  let b = 0x050c5d1f;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 15);
  }
  a >>>= 0;
  b >>>= 0;
  return a === 0 && b === 0 ? [1, 0] : [a, b];
}
