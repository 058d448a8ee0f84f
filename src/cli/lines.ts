import { StringDecoder } from 'node:string_decoder';

/**
 * The lines of a stream, read chunk by chunk: the stream is only read as fast as the lines are
 * consumed, so memory stays flat however large the input. A final line without a newline counts;
 * the empty string after a final newline does not. "\r\n" line ends lose their "\r".
 */
export async function* readLines(stream: AsyncIterable<Buffer | string>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of stream) {
    const text = rest + (typeof chunk === 'string' ? chunk : decoder.write(chunk));
    let from = 0;
    for (let nl = text.indexOf('\n'); nl >= 0; nl = text.indexOf('\n', from)) {
      const end = nl > from && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
      yield text.slice(from, end);
      from = nl + 1;
    }
    rest = text.slice(from);
  }
  rest += decoder.end();
  if (rest.length) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest;
}
