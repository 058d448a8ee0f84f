import { constants } from 'node:buffer';
import { StringDecoder } from 'node:string_decoder';

/**
 * A line longer than the longest string JavaScript can hold, in place of its text: it cannot be read
 * as one string, so none of it is kept, and the lines after it are read as usual.
 */
export class LineTooLong {
  constructor(
    /** The line's length in UTF-16 code units, without its line break. */
    readonly length: number,
    /** The longest line `readLines` reads. */
    readonly longest: number,
  ) {}

  /** What is wrong with the line, for an error message. */
  get message(): string {
    return `too long to read: ${this.length.toLocaleString('en-US')} characters, more than the ${this.longest.toLocaleString('en-US')} a JavaScript string can hold`;
  }
}

/**
 * The lines of a stream, read chunk by chunk: the stream is only read as fast as the lines are
 * consumed, so memory stays flat however large the input. A final line without a newline counts;
 * the empty string after a final newline does not. "\r\n" line ends lose their "\r".
 *
 * Linear in the input however long its lines: each chunk is searched for line breaks once, and the
 * pieces of a line that runs over several chunks are joined once, when it ends (a line kept as one
 * string and extended by each chunk would be copied again at every chunk).
 *
 * A line longer than `longest` (by default the longest string V8 makes) is a `LineTooLong`: its
 * pieces are let go as soon as it is known to be too long.
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>, longest: number = constants.MAX_STRING_LENGTH): AsyncGenerator<string | LineTooLong> {
  const decoder = new StringDecoder('utf8');
  /** The pieces of the line not ended yet, in order (none once it is too long), and its length so far. */
  let pending: string[] = [];
  let length = 0;
  /** Whether the last piece given to `keep` ended in "\r" (of a "\r\n" that a chunk's end splits). */
  let lastEndsInCr = false;
  const keep = (piece: string): void => {
    length += piece.length;
    lastEndsInCr = piece.endsWith('\r');
    if (length <= longest) pending.push(piece);
    else if (pending.length > 0) pending = [];
  };
  /** The line that `piece` ends: too long when it is longer than `longest` with a final "\r". */
  const end = (piece: string): string | LineTooLong => {
    const total = length + piece.length;
    length = 0;
    if (total > longest) {
      pending = [];
      const cr = piece.length > 0 ? piece.endsWith('\r') : lastEndsInCr;
      return new LineTooLong(total - (cr ? 1 : 0), longest);
    }
    let line = piece;
    if (pending.length > 0) {
      pending.push(piece);
      line = pending.join('');
      pending = [];
    }
    return line.endsWith('\r') ? line.slice(0, -1) : line;
  };
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      yield end(text.slice(from, nl));
      from = nl + 1;
    }
    if (from < text.length) keep(text.slice(from));
  }
  const rest = decoder.end();
  if (rest.length > 0 || length > 0) yield end(rest);
}
