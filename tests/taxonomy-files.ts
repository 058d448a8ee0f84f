// Reads the default taxonomy's domain files straight from data/, for tests that check the data itself.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const DATA_DIR = join(__dirname, '..', 'data');

export interface DomainFile {
  file: string;
  content: { $schema?: string; base?: string; skills: Record<string, unknown>[] };
}

export function readDomainFiles(): DomainFile[] {
  return readdirSync(DATA_DIR)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((file) => ({ file, content: JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')) }));
}
