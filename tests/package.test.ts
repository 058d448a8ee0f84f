// The built package, imported by its name the way users import it.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');

const PROBE = `
const text = 'Experience with CUDA and Kubernetes.';
const skills = lib.extractSkills(text);
const ok = skills.map((s) => s.id).join(',') === 'cuda,kubernetes'
  && skills.every((s) => s.mentions.every((m) => text.slice(m.start, m.end) === m.text));
const names = ['tagPosting', 'extractSkills', 'createTagger', 'defaultTaxonomy', 'parseTaxonomy', 'safeParseTaxonomy', 'extendTaxonomy', 'TaxonomyError'];
const missing = names.filter((n) => !(n in lib));
process.stderr.write(JSON.stringify({ ok, missing }));
`;

function probe(args: string[]) {
  const r = spawnSync(process.execPath, args, { cwd: root, encoding: 'utf8' });
  return { stdout: r.stdout, report: JSON.parse(r.stderr) as unknown };
}

describe('the built package', () => {
  it('require("skilltag") works, prints nothing and loads neither compromise nor natural', () => {
    const r = probe(['-e', `const lib = require('skilltag');${PROBE}
const loaded = Object.keys(require.cache).filter((k) => /node_modules[\\\\/](compromise|natural)[\\\\/]/.test(k));
if (loaded.length) throw new Error('loaded ' + loaded.join(','));`]);
    expect(r.stdout).toBe('');
    expect(r.report).toEqual({ ok: true, missing: [] });
  });

  it('import("skilltag") works and prints nothing', () => {
    const r = probe(['--input-type=module', '-e', `const lib = await import('skilltag');${PROBE}`]);
    expect(r.stdout).toBe('');
    expect(r.report).toEqual({ ok: true, missing: [] });
  });

  it('the core entry imports nothing but zod and entities, the discovery entry also compromise and natural', () => {
    /** The packages a built file loads, following its own chunks (the Node builds load zod with `require`). */
    const packagesOf = (file: string, seen = new Set<string>()): Set<string> => {
      const out = new Set<string>();
      if (seen.has(file)) return out;
      seen.add(file);
      const code = readFileSync(join(root, 'dist', file), 'utf8');
      for (const m of code.matchAll(/(?:from\s+|import\s+|\brequire\w*\()\s*["']([^"']+)["']/g)) {
        const spec = m[1]!;
        if (spec.startsWith('./')) for (const p of packagesOf(join(dirname(file), spec.slice(2)), seen)) out.add(p);
        else if (!spec.startsWith('node:') && !builtinModules.includes(spec)) out.add(spec.split('/')[0]!);
      }
      return out;
    };
    for (const file of ['index.js', 'index.cjs', 'browser/index.js']) expect([...packagesOf(file)].sort()).toEqual(['entities', 'zod']);
    for (const file of ['discover.js', 'discover.cjs', 'browser/discover.js']) expect([...packagesOf(file)].sort()).toEqual(['compromise', 'entities', 'natural', 'zod']);
  });

  it('the Node builds load the entities package only for a reference they do not decode by themselves', () => {
    const r = probe(['-e', `const lib = require('skilltag');${PROBE}
const loaded = () => Object.keys(require.cache).some((k) => /node_modules[\\\\/]entities[\\\\/]/.test(k));
lib.tagPosting('R&amp;D &#39;s &rsquo; AT&T Q&A &nbsp; experience with CUDA');
if (loaded()) throw new Error('entities loaded for common references');
lib.tagPosting('I &hearts; CUDA');
if (!loaded()) throw new Error('entities not loaded for &hearts;');`]);
    expect(r.report).toEqual({ ok: true, missing: [] });
  });

  it('the Node builds load zod only when a taxonomy file is validated', () => {
    const r = probe(['-e', `const lib = require('skilltag');${PROBE}
const zodLoaded = () => Object.keys(require.cache).some((k) => /node_modules[\\/]zod[\\/]/.test(k));
const before = zodLoaded();
lib.parseTaxonomy({ skills: [] });
if (before || !zodLoaded()) throw new Error('zod loaded ' + (before ? 'with the package' : 'not at all'));`]);
    expect(r.report).toEqual({ ok: true, missing: [] });
  });
});
