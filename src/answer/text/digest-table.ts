import { createHash } from 'node:crypto';
import { withRoom } from '../../cache/typed-arrays.js';

/** A text's digest: the first 96 bits of its SHA-1, as three 32-bit numbers. */
export type Digest = [number, number, number];

export function digestOf(text: string): Digest {
  const bytes = createHash('sha1').update(text).digest();
  return [bytes.readInt32LE(0), bytes.readInt32LE(4), bytes.readInt32LE(8)];
}

/**
 * Digests numbered 0, 1, 2... in the order they are added, found again by open addressing over typed arrays:
 * a store of hundreds of thousands of texts gives the garbage collector no object per text to visit.
 */
export class DigestTable {
  /** Each entry's digest, three numbers apiece. */
  private digests = new Int32Array(3 * 1024);
  /** Hash slots: an entry's number plus one, 0 for an empty slot; never more than half full. */
  private slots = new Int32Array(2048);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** The entry number of a digest, or -1. */
  find(digest: Digest): number {
    const mask = this.slots.length - 1;
    for (let slot = digest[0] & mask; ; slot = (slot + 1) & mask) {
      const held = this.slots[slot];
      if (held === 0) return -1;
      const at = 3 * (held - 1);
      const d = this.digests;
      if (d[at] === digest[0] && d[at + 1] === digest[1] && d[at + 2] === digest[2]) return held - 1;
    }
  }

  /** Adds a digest not in the table; returns its entry number. */
  add(digest: Digest): number {
    const entry = this.count++;
    this.digests = withRoom(this.digests, 3 * this.count);
    this.digests.set(digest, 3 * entry);
    if (2 * this.count > this.slots.length) this.rehash(2 * this.slots.length);
    else this.place(entry);
    return entry;
  }

  /** The digest of an entry. */
  digest(entry: number): Digest {
    const at = 3 * entry;
    return [this.digests[at], this.digests[at + 1], this.digests[at + 2]];
  }

  clear(): void {
    this.count = 0;
    this.slots.fill(0);
  }

  private place(entry: number): void {
    const mask = this.slots.length - 1;
    let slot = this.digests[3 * entry] & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = entry + 1;
  }

  private rehash(size: number): void {
    this.slots = new Int32Array(size);
    for (let entry = 0; entry < this.count; entry++) this.place(entry);
  }
}
