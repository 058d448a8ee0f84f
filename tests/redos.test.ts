// Every regular expression in src/ is checked for catastrophic backtracking with recheck, so that a
// risky pattern fails CI. Literals are found with the TypeScript parser; patterns built at run time
// with `new RegExp` must be exported by their module and listed in CONSTRUCTED below.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { checkSync } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as degrees from '../src/extract/degrees.js';
import * as salary from '../src/extract/salary.js';
import * as years from '../src/extract/years.js';
import * as clauses from '../src/segment/clauses.js';
import * as headings from '../src/segment/headings.js';
import * as normalize from '../src/text/normalize.js';

const SRC = join(__dirname, '..', 'src');

const CONSTRUCTED: Record<string, RegExp[]> = {
  'extract/years.ts': [...years.PATTERNS, ...years.DIGIT_PATTERNS].map((p) => p.re),
  'extract/degrees.ts': [degrees.DEGREE_AT, degrees.BARE_DEGREE_AT],
  'extract/salary.ts': [salary.BEFORE, salary.AFTER],
  'segment/clauses.ts': [clauses.CLAUSE_MARK],
  'segment/headings.ts': [headings.STRONG_HEADING_WORD, headings.ANY_GUESS_WORD],
  'text/normalize.ts': [normalize.REACTIVE, normalize.REACTIVE_BUT_BULLET, normalize.REACTIVE_AFTER],
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

/**
 * The top-level alternatives of the group that starts at `open` (its "("), and where it ends.
 * Escapes and character classes are passed over, so a "|" or ")" inside them does not count.
 */
function alternatives(source: string, open: number): string[] {
  const out: string[] = [];
  let depth = 0;
  let from = source.startsWith('(?:', open) ? open + 3 : open + 1;
  for (let i = open; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') while (i < source.length && source[i] !== ']') i += source[i] === '\\' ? 2 : 1;
    else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return [...out, source.slice(from, i)];
    else if (c === '|' && depth === 1) {
      out.push(source.slice(from, i));
      from = i + 1;
    }
  }
  throw new Error(`unclosed group at ${open} in /${source}/`);
}

/**
 * The characters a word of a list can start with: its first letter, "0" for an escape such as \d,
 * or those of every alternative of a group it starts with ("(?:twenty|thirty)-one").
 */
function firstCharacters(word: string): string[] {
  if (word.startsWith('\\d')) return ['0'];
  if (word.startsWith('(')) return alternatives(word, 0).flatMap(firstCharacters);
  return [word[0]!];
}

// Some patterns put a lookahead of first letters before a list of words ("(?=[dcu])(?:degree|college|
// university)"): it must change no match, so it must name the first letter of every word in the list.
const LOOKAHEAD = /\(\?=\[((?:\\.|[^\]\\])+)\]\)(?=\()/g;
const guarded = all.filter((r) => r.source.match(LOOKAHEAD) !== null);

describe('first-letter lookaheads', () => {
  it('are found', () => {
    expect(guarded.length).toBeGreaterThanOrEqual(11);
  });

  it.each(guarded.map((r) => [r.where, r] as const))('%s names the first letter of every word after it', (_, r) => {
    const ignoreCase = r.flags.includes('i');
    for (const m of r.source.matchAll(LOOKAHEAD)) {
      const named = new RegExp(`^[${m[1]}]`, ignoreCase ? 'i' : '');
      for (const word of alternatives(r.source, m.index + m[0].length)) {
        for (const first of firstCharacters(word)) expect(named.test(first), `"${word}" in /${r.source}/`).toBe(true);
      }
    }
  });
});
