import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { Tinypool } from 'tinypool';
import type { Tagger } from '../tagger.js';
import { fileProblem } from './inputs.js';
import { lineTooLong, tagBatch, tagJsonLine, type Batch, type BatchResult } from './jsonl-line.js';
import { LineTooLong, readLines } from './lines.js';
import type { LineWriter } from './output.js';
import { OutputClosed } from './output.js';
import { Progress } from './progress.js';

export interface JsonlOptions {
  files: string[];
  taxonomy: string[];
  pretty: boolean;
  /** Threads that tag a large input: this one and workers - 1 worker threads. */
  workers: number;
  progress: boolean;
}

/** Input read before the pool starts: small inputs never pay for starting workers. */
const POOL_AFTER_BYTES = 1 << 20;
const BATCH_LINES = 32;
const BATCH_BYTES = 128 * 1024;
/** Batches a worker holds at once: the one it tags and the next. */
const POOLED_PER_WORKER = 2;

/**
 * Tags JSON Lines: one output line per input line, in input order. A large input is tagged in batches
 * by a pool of `workers - 1` worker threads and by this thread, which also reads and writes: a batch
 * goes to the pool while a worker has room for it (two batches each, the one it tags and the next),
 * and is tagged here only when none has, so that this thread, busy with the input and the output,
 * takes fewer batches than a worker does. At most two batches per thread are in flight, and reading
 * waits for the oldest to be written, so memory stays flat on inputs of any size.
 */
export async function runTagJsonl(tagger: Tagger, options: JsonlOptions, out: LineWriter): Promise<number> {
  const files = options.files.length ? options.files : ['-'];
  const progress = new Progress(process.stderr, options.progress);
  let pool: Tinypool | null = null;
  const inflight: Promise<BatchResult>[] = [];
  let failed = 0;
  let sawLine = false;
  let readBytes = 0;
  /** Batches handed to the pool and not yet back. */
  let pooled = 0;

  const write = async (text: string): Promise<void> => {
    // LineWriter.write ends a text with a line break unless it has one, as a batch's text has.
    if (!options.pretty) return out.write(text);
    for (const line of text.split('\n')) if (line) await out.write(JSON.stringify(JSON.parse(line), null, 2));
  };
  const writeOldest = async (): Promise<void> => {
    const r = await inflight.shift()!;
    failed += r.failed;
    progress.add(r.count, r.bytes);
    await write(r.out);
  };

  try {
    for (const file of files) {
      let input: AsyncIterable<Buffer | string>;
      if (file === '-') input = process.stdin;
      else {
        try {
          const info = await stat(file);
          if (info.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        } catch (error) {
          process.stderr.write(`skilltag: ${fileProblem(file, error)}\n`);
          failed++;
          continue;
        }
        input = createReadStream(file);
      }
      const label = files.length > 1 ? file : undefined;
      let n = 0;
      let batch: string[] = [];
      let batchBytes = 0;
      const submit = async (): Promise<void> => {
        if (!batch.length) return;
        const task: Batch = { lines: batch, first: n - batch.length + 1, ...(label ? { file: label } : {}) };
        if (pooled >= POOLED_PER_WORKER * (options.workers - 1)) inflight.push(Promise.resolve(tagBatch(tagger, task)));
        else {
          pooled++;
          // A batch a worker could not finish (a worker that ran out of memory on a huge posting, say) is
          // tagged here instead: nothing is lost.
          const result = (pool!.run(task) as Promise<BatchResult>).catch(() => tagBatch(tagger, task)).finally(() => pooled--);
          inflight.push(result);
        }
        batch = [];
        batchBytes = 0;
        while (inflight.length >= options.workers * 2) await writeOldest();
      };
      try {
        for await (const raw of readLines(input)) {
          n++;
          sawLine = true;
          readBytes += raw.length + 1;
          if (!pool && options.workers > 1 && readBytes > POOL_AFTER_BYTES) {
            pool = new Tinypool({
              filename: new URL('./worker.js', import.meta.url).href,
              minThreads: options.workers - 1,
              maxThreads: options.workers - 1,
              // Each worker holds its next batch while it tags one: it need not wait for this thread,
              // busy tagging a batch of its own, to hand it the next.
              concurrentTasksPerWorker: POOLED_PER_WORKER,
              workerData: { taxonomy: options.taxonomy },
              // A small young generation keeps each worker's memory down at little cost in speed.
              resourceLimits: { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 96 },
            });
          }
          if (!pool) {
            const r = raw instanceof LineTooLong ? lineTooLong(raw, n, label) : tagJsonLine(tagger, raw, n, label);
            if (r.failed) failed++;
            progress.add(1, raw.length);
            await write(r.json);
            continue;
          }
          if (raw instanceof LineTooLong) {
            // Its error line goes out in its place: after the batch before it, before the lines after it.
            await submit();
            inflight.push(Promise.resolve({ out: lineTooLong(raw, n, label).json + '\n', failed: 1, count: 1, bytes: raw.length }));
            continue;
          }
          batch.push(raw);
          batchBytes += raw.length;
          if (batch.length >= BATCH_LINES || batchBytes >= BATCH_BYTES) await submit();
        }
        await submit();
      } catch (error) {
        if (error instanceof OutputClosed) throw error;
        process.stderr.write(`skilltag: ${fileProblem(file, error)}\n`);
        failed++;
      }
    }
    while (inflight.length) await writeOldest();
  } finally {
    progress.end();
    if (pool) await pool.destroy();
  }
  if (!sawLine && failed === 0) {
    process.stderr.write('skilltag: empty input, no JSON lines to tag\n');
    return 1;
  }
  return failed ? 1 : 0;
}
