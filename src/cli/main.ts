#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { createTagger, type Tagger } from '../tagger.js';
import { TaxonomyError, formatIssue } from '../taxonomy/errors.js';
import { taxonomyJsonSchema } from '../taxonomy/json-schema.js';
import { defaultTaxonomy } from '../index.js';
import { taxonomyFromFiles } from '../taxonomy/validate-files.js';
import { formatTable } from './format-table.js';
import { fileProblem, messageOf, readText } from './inputs.js';
import { runSuggest } from './suggest.js';
import { runTagJsonl } from './tag-jsonl.js';
import { LineWriter, OutputClosed } from './output.js';
import { loadTaxonomy, readTaxonomySources, UsageError } from './taxonomy-files.js';
import { availableParallelism } from 'node:os';

const HELP = `Usage: skilltag [options] [file ...]
Tag job postings: skills (required, preferred or mentioned), seniority, years of experience, degrees,
salary, roles and sections, with evidence offsets. Reads each file (stdin when none or "-") and prints
one JSON object per input, one per line: {"file": "...", ...tags}.

Options:
  --jsonl                 input is JSON Lines {"id": ..., "text": "..."}; one output line per input line,
                          in the same order: {"id": ..., ...tags} or {"id": ..., "line": n, "error": "..."}
  --taxonomy <file>       extend the default taxonomy with this JSON file (repeatable)
  --pretty                indented JSON
  --format <json|table>   output format (default json); table is a short summary per posting
  --workers <n>           worker threads for large --jsonl inputs (default: the number of cores)
  --progress              progress on stderr: postings, postings/s, MB/s (default when stderr is a terminal)
  --no-progress           no progress
  -h, --help              show this help
  -v, --version           show the version

Commands:
  skilltag validate <file ...>   check taxonomy files; print each problem with its path
  skilltag schema                print the taxonomy files' JSON Schema
  skilltag suggest [file ...]    candidate skills the taxonomy lacks, ranked by how many postings
                                 name them (each file a posting; --jsonl for JSON Lines); --format json
                                 prints them as a taxonomy file to extend the default one with;
                                 --limit <n> (default 50). Needs compromise and natural installed.

Exit status: 0 all inputs tagged; 1 some inputs failed (each reported, the rest still tagged);
2 usage or taxonomy error. Set SKILLTAG_DEBUG=1 for stack traces.`;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

interface Options {
  jsonl: boolean;
  taxonomy: string[];
  pretty: boolean;
  format: 'json' | 'table';
  files: string[];
  workers: number;
  progress: boolean;
  limit: number;
}

function parseCommandLine(argv: string[]): { command: string; options: Options; help: boolean; version: boolean } {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        jsonl: { type: 'boolean', default: false },
        taxonomy: { type: 'string', multiple: true, default: [] },
        pretty: { type: 'boolean', default: false },
        format: { type: 'string' },
        workers: { type: 'string' },
        limit: { type: 'string', default: '50' },
        progress: { type: 'boolean', default: false },
        'no-progress': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        version: { type: 'boolean', short: 'v', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split('\n')[0]} (see skilltag --help)`);
  }
  const { values, positionals } = parsed;
  if (values.format !== undefined && values.format !== 'json' && values.format !== 'table') {
    throw new UsageError(`--format must be json or table, received "${values.format}"`);
  }
  let workers = availableParallelism();
  if (values.workers !== undefined) {
    workers = Number(values.workers);
    if (!Number.isInteger(workers) || workers < 1 || workers > 256) {
      throw new UsageError(`--workers must be a whole number from 1 to 256, received "${values.workers}"`);
    }
  }
  const progress = values['no-progress'] ? false : values.progress || Boolean(process.stderr.isTTY);
  const first = positionals[0];
  const command = first === 'validate' || first === 'schema' || first === 'suggest' ? first : 'tag';
  // Tagging prints JSON unless asked for a table; suggest prints a table unless asked for JSON.
  const format = (values.format ?? (command === 'suggest' ? 'table' : 'json')) as 'json' | 'table';
  const limit = Number(values.limit);
  if (!Number.isInteger(limit) || limit < 1) throw new UsageError(`--limit must be a whole number of at least 1, received "${values.limit}"`);
  return {
    command,
    help: values.help,
    version: values.version,
    options: {
      jsonl: values.jsonl,
      taxonomy: values.taxonomy,
      pretty: values.pretty,
      format,
      files: command === 'tag' ? positionals : positionals.slice(1),
      workers,
      progress,
      limit,
    },
  };
}

async function runValidate(files: string[], out: LineWriter): Promise<number> {
  if (files.length === 0) throw new UsageError('validate needs at least one taxonomy file');
  const sources = await readTaxonomySources(files);
  try {
    const taxonomy = taxonomyFromFiles(sources, () => defaultTaxonomy);
    await out.write(`${files.join(', ')}: valid (${taxonomy.skills.length} skills in the resulting taxonomy)`);
    return 0;
  } catch (error) {
    if (!(error instanceof TaxonomyError)) throw error;
    for (const issue of error.issues) await out.write(formatIssue(issue));
    process.stderr.write(`skilltag: ${error.issues.length === 1 ? '1 problem' : `${error.issues.length} problems`} found\n`);
    return 2;
  }
}

async function runTagFiles(tagger: Tagger, options: Options, out: LineWriter): Promise<number> {
  const files = options.files.length ? options.files : ['-'];
  if (files.length === 1 && files[0] === '-' && process.stdin.isTTY) {
    throw new UsageError('no input: give a file, or pipe a posting into stdin (see skilltag --help)');
  }
  let failed = 0;
  for (const file of files) {
    let text: string;
    try {
      text = await readText(file);
    } catch (error) {
      process.stderr.write(`skilltag: ${fileProblem(file, error)}\n`);
      failed++;
      continue;
    }
    if (text.trim() === '') {
      process.stderr.write(`skilltag: ${file === '-' ? 'stdin' : file}: empty input, nothing to tag\n`);
      failed++;
      continue;
    }
    const tags = tagger.tag(text);
    if (options.format === 'table') await out.write(formatTable(file === '-' ? '(stdin)' : file, tags));
    else await out.write(JSON.stringify({ file, ...tags }, null, options.pretty ? 2 : undefined));
  }
  return failed ? 1 : 0;
}

export async function main(argv: string[]): Promise<number> {
  const out = new LineWriter(process.stdout);
  try {
    const { command, options, help, version: showVersion } = parseCommandLine(argv);
    if (help) {
      await out.write(HELP);
      return 0;
    }
    if (showVersion) {
      await out.write(version());
      return 0;
    }
    if (command === 'schema') {
      await out.write(JSON.stringify(taxonomyJsonSchema(), null, 2));
      return 0;
    }
    if (command === 'validate') return await runValidate(options.files, out);
    const taxonomy = await loadTaxonomy(options.taxonomy);
    if (command === 'suggest') {
      const status = await runSuggest(options.files, { ...options, taxonomy }, out);
      await out.end();
      return status;
    }
    const tagger = createTagger({ taxonomy });
    const status = options.jsonl ? await runTagJsonl(tagger, options, out) : await runTagFiles(tagger, options, out);
    await out.end();
    return status;
  } catch (error) {
    if (error instanceof OutputClosed) return 0;
    if (error instanceof UsageError) {
      process.stderr.write(`skilltag: ${error.message}\n`);
      return 2;
    }
    if (error instanceof TaxonomyError) {
      process.stderr.write(`skilltag: ${error.message}\n`);
      return 2;
    }
    if (process.env.SKILLTAG_DEBUG === '1') process.stderr.write(`${(error as Error)?.stack ?? String(error)}\n`);
    else process.stderr.write(`skilltag: ${messageOf(error)} (SKILLTAG_DEBUG=1 for details)\n`);
    return 2;
  }
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`skilltag: ${messageOf(error)}\n`);
    process.exitCode = 2;
  },
);
