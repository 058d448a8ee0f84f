/**
 * Maps indices in cleaned text back to the caller's original string.
 *
 * The cleaned text is built from pieces: runs copied unchanged from the original, and replacements
 * (an entity decoded, a tag dropped, mojibake repaired). A copied run maps index for index; a
 * replacement maps as a whole onto the original range it came from, so a mention that touches it
 * widens to cover that range. Either way `original.slice(start, end)` is the evidence.
 */
export class OffsetMap implements TextMap {
  /** Start of each piece in the cleaned text, ascending. */
  private readonly outStart: Int32Array;
  private readonly origStart: Int32Array;
  private readonly origEnd: Int32Array;
  private readonly copied: Uint8Array;
  private readonly count: number;
  readonly cleanLength: number;
  readonly originalLength: number;

  constructor(pieces: PieceBuilder, cleanLength: number, originalLength: number) {
    this.count = pieces.count;
    this.outStart = pieces.outStart.subarray(0, pieces.count);
    this.origStart = pieces.origStart.subarray(0, pieces.count);
    this.origEnd = pieces.origEnd.subarray(0, pieces.count);
    this.copied = pieces.copied.subarray(0, pieces.count);
    this.cleanLength = cleanLength;
    this.originalLength = originalLength;
  }

  /** The piece containing clean index `n` (0 <= n < cleanLength). */
  private find(n: number): number {
    let lo = 0;
    let hi = this.count - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.outStart[mid]! <= n) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  /** The original index where the character at clean index `n` begins. */
  start(n: number): number {
    if (this.count === 0) return Math.min(n, this.originalLength);
    if (n >= this.cleanLength) return this.originalLength;
    const p = this.find(n);
    return this.copied[p] ? this.origStart[p]! + (n - this.outStart[p]!) : this.origStart[p]!;
  }

  /** The original index where a clean range ending (exclusively) at `n` ends. */
  end(n: number): number {
    if (this.count === 0) return Math.min(n, this.originalLength);
    if (n <= 0) return 0;
    const p = this.find(Math.min(n, this.cleanLength) - 1);
    return this.copied[p] ? this.origStart[p]! + (n - this.outStart[p]!) : this.origEnd[p]!;
  }
}

/** Index mapping from a text back to an original; `OffsetMap` or a chain of them. */
export interface TextMap {
  readonly cleanLength: number;
  readonly originalLength: number;
  start(n: number): number;
  end(n: number): number;
}

/** A second cleaning pass over an already cleaned text: maps through both, back to the first input. */
export class ChainedMap implements TextMap {
  constructor(
    private readonly outer: TextMap,
    private readonly inner: TextMap,
  ) {}
  get cleanLength(): number {
    return this.inner.cleanLength;
  }
  get originalLength(): number {
    return this.outer.originalLength;
  }
  start(n: number): number {
    return this.outer.start(this.inner.start(n));
  }
  end(n: number): number {
    return this.outer.end(this.inner.end(n));
  }
}

/** Collects pieces while the cleaned text is built. */
export class PieceBuilder {
  outStart = new Int32Array(16);
  origStart = new Int32Array(16);
  origEnd = new Int32Array(16);
  copied = new Uint8Array(16);
  count = 0;

  private grow(): void {
    const cap = this.outStart.length * 2;
    const g = <T extends Int32Array | Uint8Array>(a: T, b: T): T => (b.set(a), b);
    this.outStart = g(this.outStart, new Int32Array(cap));
    this.origStart = g(this.origStart, new Int32Array(cap));
    this.origEnd = g(this.origEnd, new Int32Array(cap));
    this.copied = g(this.copied, new Uint8Array(cap));
  }

  /** Records that clean text from `out` on copies the original from `orig` on. */
  copy(out: number, orig: number): void {
    // Extend the previous copied piece when it continues seamlessly.
    const k = this.count - 1;
    if (k >= 0 && this.copied[k] && this.origStart[k]! + (out - this.outStart[k]!) === orig) return;
    this.push(out, orig, orig, 1);
  }

  /** Records that clean text from `out` on (up to the next piece) replaces original [from, to). */
  replace(out: number, from: number, to: number): void {
    this.push(out, from, to, 0);
  }

  private push(out: number, from: number, to: number, copied: number): void {
    // Pieces of length zero in the clean text are superseded by the next piece at the same index.
    if (this.count > 0 && this.outStart[this.count - 1] === out) this.count--;
    if (this.count === this.outStart.length) this.grow();
    this.outStart[this.count] = out;
    this.origStart[this.count] = from;
    this.origEnd[this.count] = to;
    this.copied[this.count] = copied;
    this.count++;
  }
}
