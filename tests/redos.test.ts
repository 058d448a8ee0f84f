// Every regular expression in src/ is checked for catastrophic backtracking with recheck, so that a
// risky pattern fails CI. Literals are found with the TypeScript parser; patterns built at run time
// with `new RegExp` must be exported by their module and listed in CONSTRUCTED below.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as salary from '../src/extract/salary.js';
import * as years from '../src/extract/years.js';
import * as headings from '../src/segment/headings.js';

const SRC = join(__dirname, '..', 'src');

const CONSTRUCTED: Record<string, RegExp[]> = {
  'extract/years.ts': years.PATTERNS.map((p) => p.re),
  'extract/salary.ts': [salary.BEFORE, salary.AFTER],
  'segment/headings.ts': [headings.STRONG_HEADING_WORD, headings.ANY_GUESS_WORD],
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

function literals(file: string): { found: Found[]; constructs: boolean } {
  const text = readFileSync(file, 'utf8');
  const sf = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: Found[] = [];
  let constructs = false;
  const visit = (node: ts.Node): void => {
    if (ts.isRegularExpressionLiteral(node)) {
      const raw = node.text;
      const end = raw.lastIndexOf('/');
      const { line } = sf.getLineAndCharacterOfPosition(node.getStart());
      found.push({ where: `${relative(SRC, file)}:${line + 1}`, source: raw.slice(1, end), flags: raw.slice(end + 1) });
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'RegExp') constructs = true;
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return { found, constructs };
}

const all: Found[] = [];
const constructing: string[] = [];
for (const file of files(SRC)) {
  const { found, constructs } = literals(file);
  all.push(...found);
  if (constructs) constructing.push(relative(SRC, file));
}
for (const [file, list] of Object.entries(CONSTRUCTED)) {
  list.forEach((re, i) => all.push({ where: `${file} (constructed #${i})`, source: re.source, flags: re.flags }));
}

describe('regular expressions', () => {
  it('every module that builds a RegExp at run time lists it here', () => {
    expect(constructing.sort()).toEqual(Object.keys(CONSTRUCTED).sort());
  });

  it('finds the literals', () => {
    expect(all.length).toBeGreaterThan(40);
  });

  it.each(all.map((r) => [r.where, r] as const))('%s is safe from catastrophic backtracking', (_, r) => {
    const result = checkSync(r.source, r.flags.replace(/[gy]/g, ''), { timeout: 20_000 });
    expect({ status: result.status, ...(result.status === 'vulnerable' ? { attack: result.attack.pattern, complexity: result.complexity.type } : {}) }).toEqual({ status: 'safe' });
  });
});
