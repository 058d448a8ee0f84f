import { createReadStream } from 'node:fs';
import type { SkillSuggestion, SuggestOptions } from '../discover/index.js';
import type { Taxonomy } from '../taxonomy/taxonomy.js';
import { fileProblem, readText } from './inputs.js';
import { LineTooLong, readLines } from './lines.js';
import type { LineWriter } from './output.js';
import { UsageError } from './taxonomy-files.js';

type Discover = typeof import('../discover/index.js');

/** The discovery entry, loaded only for `skilltag suggest`, with a clear message when its peers are missing. */
async function loadDiscover(): Promise<Discover> {
  try {
    return (await import(new URL('./discover.js', import.meta.url).href)) as Discover;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ERR_MODULE_NOT_FOUND' && /compromise|natural/.test(String((error as Error).message))) {
      throw new UsageError('skilltag suggest needs compromise and natural: npm install compromise natural');
    }
    throw error;
  }
}

async function readPostings(files: string[], jsonl: boolean): Promise<{ texts: string[]; failed: number }> {
  const texts: string[] = [];
  let failed = 0;
  for (const file of files.length ? files : ['-']) {
    if (!jsonl) {
      try {
        texts.push(await readText(file));
      } catch (error) {
        process.stderr.write(`skilltag: ${fileProblem(file, error)}\n`);
        failed++;
      }
      continue;
    }
    let n = 0;
    try {
      for await (const raw of readLines(file === '-' ? process.stdin : createReadStream(file))) {
        n++;
        if (raw instanceof LineTooLong) {
          process.stderr.write(`skilltag: ${file}:${n}: skipped, ${raw.message}\n`);
          failed++;
          continue;
        }
        try {
          const value = JSON.parse(raw) as { text?: unknown };
          if (typeof value?.text !== 'string') throw new Error('no "text" string');
          texts.push(value.text);
        } catch (error) {
          process.stderr.write(`skilltag: ${file}:${n}: skipped, ${(error as Error).message}\n`);
          failed++;
        }
      }
    } catch (error) {
      process.stderr.write(`skilltag: ${fileProblem(file, error)}\n`);
      failed++;
    }
  }
  return { texts, failed };
}

function table(suggestions: SkillSuggestion[]): string {
  const rows = suggestions.map((s, i) => {
    const alias = s.possibleAliasOf ? `  (possible alias of ${s.possibleAliasOf.id})` : '';
    return `${String(i + 1).padStart(3)}  ${String(s.postings).padStart(5)}  ${s.name}${alias}\n          e.g. ${s.examples[0]?.snippet ?? ''}`;
  });
  return `rank  postings  candidate\n${rows.join('\n')}`;
}

export async function runSuggest(
  files: string[],
  options: { jsonl: boolean; format: 'json' | 'table'; limit: number; taxonomy: Taxonomy },
  out: LineWriter,
): Promise<number> {
  const discover = await loadDiscover();
  const { texts, failed } = await readPostings(files, options.jsonl);
  if (texts.length === 0) throw new UsageError('no postings to read');
  const suggestOptions: SuggestOptions = { taxonomy: options.taxonomy, limit: options.limit };
  const suggestions = discover.suggestSkills(texts, suggestOptions);
  if (options.format === 'json') await out.write(JSON.stringify(discover.suggestionsToTaxonomy(suggestions), null, 2));
  else await out.write(suggestions.length ? table(suggestions) : 'no candidates found');
  return failed ? 1 : 0;
}
