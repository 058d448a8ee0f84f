import type { Tagger } from '../tagger.js';
import type { PostingTags } from '../types.js';
import { describeValue } from '../taxonomy/parse.js';
import { messageOf } from './inputs.js';
import type { LineTooLong } from './lines.js';

export interface LineResult {
  /** The output line (JSON, no newline). */
  json: string;
  failed: boolean;
}

function errorLine(id: unknown, line: number, error: string, file: string | undefined): LineResult {
  return { json: JSON.stringify({ id: id ?? null, line, ...(file ? { file } : {}), error }), failed: true };
}

/** The error line for an input line too long to be read as one string (see `readLines`). */
export function lineTooLong(tooLong: LineTooLong, line: number, file?: string): LineResult {
  return errorLine(null, line, tooLong.message, file);
}

/**
 * Tags one line of a JSON Lines stream: `{"id": ..., "text": "..."}` becomes `{"id": ..., ...tags}`;
 * anything else becomes `{"id", "line", "error"}` saying what was wrong. Never throws.
 */
export function tagJsonLine(tagger: Tagger, raw: string, line: number, file?: string): LineResult {
  if (raw.trim() === '') return errorLine(null, line, 'empty line: expected a JSON object {"id": ..., "text": "..."}', file);
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch (error) {
    return errorLine(null, line, `not valid JSON: ${messageOf(error)}`, file);
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return errorLine(null, line, `expected a JSON object {"id": ..., "text": "..."}, received ${describeValue(value)}`, file);
  }
  const record = value as Record<string, unknown>;
  const id = record.id ?? null;
  if (!('text' in record)) return errorLine(id, line, 'no "text" field: expected {"id": ..., "text": "..."}', file);
  if (typeof record.text !== 'string') {
    return errorLine(id, line, `"text" must be a string, received ${describeValue(record.text)}`, file);
  }
  let tags: PostingTags;
  try {
    tags = tagger.tag(record.text);
  } catch (error) {
    return errorLine(id, line, `internal error while tagging: ${messageOf(error)}`, file);
  }
  try {
    return { json: JSON.stringify({ id, ...tags }), failed: false };
  } catch (error) {
    // A JavaScript string holds at most 2^29 - 24 characters here: the tags of a text of megabytes that
    // names skills millions of times, each mention with its evidence, can be longer than that.
    const mentions = tags.skills.reduce((n, s) => n + s.mentions.length, 0);
    return errorLine(id, line, `tagged, but its tags could not be written as one line of JSON (${mentions.toLocaleString('en-US')} skill mentions): ${messageOf(error)}`, file);
  }
}

export interface Batch {
  lines: string[];
  /** The line number of the first line. */
  first: number;
  file?: string;
}

export interface BatchResult {
  /** The output lines, each ending in a newline. */
  out: string;
  failed: number;
  count: number;
  bytes: number;
}

/** Tags a batch of JSON lines, in a worker thread or in this one. */
export function tagBatch(tagger: Tagger, batch: Batch): BatchResult {
  let out = '';
  let failed = 0;
  let bytes = 0;
  batch.lines.forEach((raw, i) => {
    const r = tagJsonLine(tagger, raw, batch.first + i, batch.file);
    if (r.failed) failed++;
    bytes += raw.length;
    out += r.json + '\n';
  });
  return { out, failed, count: batch.lines.length, bytes };
}
