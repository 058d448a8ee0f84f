import { StringDecoder } from 'node:string_decoder';

/**
 * The lines of a stream, read chunk by chunk: the stream is only read as fast as the lines are
 * consumed, so memory stays flat however large the input. A final line without a newline counts;
 * the empty string after a final newline does not. "\r\n" line ends lose their "\r".
 *
 * Linear in the input however long its lines: each chunk is searched for line breaks once, and the
 * pieces of a line that runs over several chunks are joined once, when it ends (a line kept as one
 * string and extended by each chunk would be copied again at every chunk).
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  /** The pieces of the line not ended yet, in order. */
  let pending: string[] = [];
  const withPending = (piece: string): string => {
    if (pending.length === 0) return piece;
    pending.push(piece);
    const line = pending.join('');
    pending = [];
    return line;
  };
  for await (const chunk of stream) {
    const text = typeof chunk === 'string' ? chunk : decoder.write(chunk);
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      yield withoutCarriageReturn(withPending(text.slice(from, nl)));
      from = nl + 1;
    }
    if (from < text.length) pending.push(text.slice(from));
  }
  const rest = withPending(decoder.end());
  if (rest.length) yield withoutCarriageReturn(rest);
}

const withoutCarriageReturn = (line: string): string => (line.endsWith('\r') ? line.slice(0, -1) : line);
