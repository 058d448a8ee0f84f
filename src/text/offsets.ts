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
  private readonly outStart: readonly number[];
  private readonly origStart: readonly number[];
  private readonly origEnd: readonly number[];
  /** 1 for a piece copied from the original, 0 for a replacement. */
  private readonly copied: readonly number[];
  private readonly count: number;
  readonly cleanLength: number;
  readonly originalLength: number;

  constructor(pieces: PieceBuilder, cleanLength: number, originalLength: number) {
    // The builder's arrays are taken as they are: only the first `count` entries are pieces.
    this.count = pieces.count;
    this.outStart = pieces.outStart;
    this.origStart = pieces.origStart;
    this.origEnd = pieces.origEnd;
    this.copied = pieces.copied;
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

/**
 * Collects pieces while the cleaned text is built. Plain arrays of small integers: a posting has tens
 * of pieces, and typed arrays of that size would each be allocated outside the heap.
 */
export class PieceBuilder {
  readonly outStart: number[] = [];
  readonly origStart: number[] = [];
  readonly origEnd: number[] = [];
  readonly copied: number[] = [];
  count = 0;

  /** Records that clean text from `out` on copies the original from `orig` on. */
  copy(out: number, orig: number): void {
    // Extend the previous copied piece when it continues seamlessly.
    const k = this.count - 1;
    if (k >= 0 && this.copied[k] === 1 && this.origStart[k]! + (out - this.outStart[k]!) === orig) return;
    this.push(out, orig, orig, 1);
  }

  /** Records that clean text from `out` on (up to the next piece) replaces original [from, to). */
  replace(out: number, from: number, to: number): void {
    this.push(out, from, to, 0);
  }

  private push(out: number, from: number, to: number, copied: number): void {
    // Pieces of length zero in the clean text are superseded by the next piece at the same index.
    if (this.count > 0 && this.outStart[this.count - 1] === out) this.count--;
    const k = this.count;
    if (k === this.outStart.length) {
      this.outStart.push(out);
      this.origStart.push(from);
      this.origEnd.push(to);
      this.copied.push(copied);
    } else {
      this.outStart[k] = out;
      this.origStart[k] = from;
      this.origEnd[k] = to;
      this.copied[k] = copied;
    }
    this.count = k + 1;
  }
}
