// A worker thread of `skilltag --jsonl`: builds the tagger once, then tags batches of lines.
import { Tinypool } from 'tinypool';
import { createTagger } from '../tagger.js';
import { tagBatch, type Batch, type BatchResult } from './jsonl-line.js';
import { loadTaxonomy } from './taxonomy-files.js';

const { taxonomy } = Tinypool.workerData as { taxonomy: string[] };
const tagger = createTagger({ taxonomy: await loadTaxonomy(taxonomy) });

export default function run(batch: Batch): BatchResult {
  return tagBatch(tagger, batch);
}
