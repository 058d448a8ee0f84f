// The line reader of `skilltag --jsonl` and `skilltag suggest`: lines as the stream's chunks cut
// them, and time that grows with the input, not with the square of a line's length.
import { describe, expect, it } from 'vitest';
import { constants } from 'node:buffer';
import { LineTooLong, readLines } from '../src/cli/lines.js';

/** The lines `readLines` reads from `chunks`, a line too long as "too long: <length>". */
async function linesOf(chunks: (string | Buffer)[], longest?: number): Promise<string[]> {
  async function* stream(): AsyncGenerator<string | Buffer> {
    yield* chunks;
  }
  const out: string[] = [];
  for await (const line of readLines(stream(), longest)) {
    out.push(line instanceof LineTooLong ? `too long: ${line.length} of ${line.longest}` : line);
  }
  return out;
}

/** A stream of `size` bytes of `x` with no line break, in chunks of `chunk` bytes, then "\n". */
async function* oneLongLine(size: number, chunk: number): AsyncGenerator<Buffer> {
  const piece = Buffer.alloc(chunk, 'x');
  for (let at = 0; at < size; at += chunk) yield piece.subarray(0, Math.min(chunk, size - at));
  yield Buffer.from('\n');
}

async function timeLongLine(size: number): Promise<number> {
  const t = performance.now();
  let length = 0;
  for await (const line of readLines(oneLongLine(size, 64 * 1024))) length += typeof line === 'string' ? line.length : NaN;
  expect(length).toBe(size);
  return performance.now() - t;
}

describe('readLines', () => {
  it('cuts lines at "\\n" wherever the chunks end', async () => {
    expect(await linesOf(['a\nb', 'c\n', 'd'])).toEqual(['a', 'bc', 'd']);
    expect(await linesOf(['a', 'b', 'c', '\n', '\n'])).toEqual(['abc', '']);
    expect(await linesOf(['a\n'])).toEqual(['a']);
    expect(await linesOf([])).toEqual([]);
  });

  it('drops the "\\r" of "\\r\\n", also when a chunk ends between them', async () => {
    expect(await linesOf(['a\r\nb\r\n'])).toEqual(['a', 'b']);
    expect(await linesOf(['a\r', '\nb\r'])).toEqual(['a', 'b']);
    expect(await linesOf(['x\r', '\r\n'])).toEqual(['x\r']);
  });

  it('decodes a character whose UTF-8 bytes two chunks share', async () => {
    const bytes = Buffer.from('职位\n要求');
    expect(await linesOf([bytes.subarray(0, 4), bytes.subarray(4, 8), bytes.subarray(8)])).toEqual(['职位', '要求']);
  });

  it('gives a line longer than the longest it reads as its length alone, and reads on', async () => {
    const long = 'x'.repeat(12);
    // In one chunk, over several, at the end of the input, and with "\r\n" (the "\r" is not counted).
    expect(await linesOf(['ab\n' + long + '\ncd\n'], 10)).toEqual(['ab', 'too long: 12 of 10', 'cd']);
    expect(await linesOf(['ab\nxxxx', 'xxxx', 'xxxx', '\ncd'], 10)).toEqual(['ab', 'too long: 12 of 10', 'cd']);
    expect(await linesOf(['ab\nxxxxxx', 'xxxxxx'], 10)).toEqual(['ab', 'too long: 12 of 10']);
    expect(await linesOf(['xxxxxx', 'xxxxxx\r', '\nab\r\n'], 10)).toEqual(['too long: 12 of 10', 'ab']);
    expect(await linesOf([long + '\r\n', 'ab'], 10)).toEqual(['too long: 12 of 10', 'ab']);
    // A line as long as the longest is read; one longer by a "\r" is not (its string would be).
    expect(await linesOf(['xxxxx', 'xxxxx\nab'], 10)).toEqual(['xxxxxxxxxx', 'ab']);
    expect(await linesOf(['xxxxx', 'xxxxx\r\nab'], 10)).toEqual(['too long: 10 of 10', 'ab']);
  });

  it('by default reads lines up to the longest string V8 makes, and a longer one as its length', async () => {
    const longest = constants.MAX_STRING_LENGTH;
    async function* stream(): AsyncGenerator<Buffer> {
      const piece = Buffer.alloc(1 << 20, 'x');
      for (let at = 0; at <= longest; at += piece.length) yield piece;
      yield Buffer.from('\nab\n');
    }
    const out: (string | LineTooLong)[] = [];
    for await (const line of readLines(stream())) out.push(line);
    const length = Math.ceil((longest + 1) / (1 << 20)) * (1 << 20);
    expect(out).toEqual([new LineTooLong(length, longest), 'ab']);
  });

  it('reads a line that runs over many chunks in time linear in its length', async () => {
    // As tests/linear-time.test.ts: four times the length must take less than eight times as long
    // (linear takes 4×, a copy of the line at every chunk 16×), best of three each.
    let small = Infinity;
    let large = Infinity;
    for (let i = 0; i < 3; i++) {
      small = Math.min(small, await timeLongLine(4 << 20));
      large = Math.min(large, await timeLongLine(16 << 20));
    }
    expect(large).toBeLessThan(8 * small + 60);
  });
});
