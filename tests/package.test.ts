// The built package, imported by its name the way users import it.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createContext, runInContext } from 'node:vm';
import { build, type BuildOptions } from 'esbuild';
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

describe("the Node builds' default taxonomy", () => {
  /** Tags a posting with a copy of dist/, changed by `change`, and says which file its data came from. */
  function tagWithCopy(change: (dist: string) => void, load: 'require' | 'import') {
    const dir = mkdtempSync(join(tmpdir(), 'skilltag-dist-'));
    try {
      symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
      cpSync(join(root, 'dist'), join(dir, 'dist'), { recursive: true });
      change(join(dir, 'dist'));
      const entry = join(dir, 'dist', load === 'require' ? 'index.cjs' : 'index.js');
      const script = `const lib = ${load === 'require' ? `require(${JSON.stringify(entry)})` : `await import(${JSON.stringify(pathToFileURL(entry).href)})`};
const tags = lib.tagPosting(${JSON.stringify(SAMPLE)});
const cache = ${load === 'require' ? 'require.cache' : "(await import('node:module')).default._cache"};
const fromModule = Object.keys(cache).some((k) => k.endsWith('default-taxonomy.cjs'));
process.stdout.write(JSON.stringify({ tags, fromModule }));`;
      const r = spawnSync(process.execPath, [...(load === 'import' ? ['--input-type=module'] : []), '-e', script], { cwd: dir, encoding: 'utf8' });
      expect(r.stderr).toBe('');
      return JSON.parse(r.stdout) as { tags: unknown; fromModule: boolean };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const SAMPLE = 'Senior engineer. Requirements: 5+ years of CUDA and C++; Kubernetes is a plus. BS in Computer Science.';

  for (const load of ['require', 'import'] as const) {
    it(`are read from default-taxonomy.txt (${load}), or from default-taxonomy.cjs when that file is missing or another build's`, () => {
      const asBuilt = tagWithCopy(() => {}, load);
      expect(asBuilt.fromModule).toBe(false);
      expect(JSON.stringify(asBuilt.tags)).toContain('"cuda"');
      const otherBuild = tagWithCopy((dist) => {
        const file = join(dist, 'default-taxonomy.txt');
        writeFileSync(file, readFileSync(file, 'latin1').replace(/^skilltag default taxonomy \w+/, 'skilltag default taxonomy 0000000000000000'), 'latin1');
      }, load);
      const missing = tagWithCopy((dist) => rmSync(join(dist, 'default-taxonomy.txt')), load);
      for (const fallback of [otherBuild, missing]) expect(fallback).toEqual({ tags: asBuilt.tags, fromModule: true });
    }, 30_000);
  }
});

/**
 * An application that imports the package, bundled for Node the way serverless functions are (zod and
 * `entities` bundled with it), then run from a folder with no node_modules: what the package loads on
 * first use must be in the bundle.
 */
const APP = `
import { extractSkills, parseTaxonomy, TaxonomyError } from 'skilltag';
// "&plus;" is a reference only the entities package decodes: C++ is found only when it is decoded.
const ids = extractSkills('Experience with C&plus;&plus; and CUDA.').map((s) => s.id).join(',');
const taxonomy = parseTaxonomy({ skills: [{ id: 'foo-lang', name: 'Foolang', category: 'programming-language' }] });
let invalid = '';
try {
  parseTaxonomy({ skills: [{ id: 'Not An Id' }] });
} catch (e) {
  invalid = e instanceof TaxonomyError ? 'TaxonomyError' : String(e);
}
console.log(JSON.stringify({ ids, skills: taxonomy.skills.length, invalid }));
`;

/**
 * Bundles APP with esbuild into a folder of its own, `out/app` plus `extension`, with no node_modules
 * in reach, and hands the file to `check`; bundling it must warn of nothing.
 */
async function withBundledApp(options: BuildOptions, extension: string, check: (file: string) => void): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'skilltag-bundle-'));
  try {
    mkdirSync(join(dir, 'app', 'node_modules'), { recursive: true });
    symlinkSync(root, join(dir, 'app', 'node_modules', 'skilltag'), 'dir');
    writeFileSync(join(dir, 'app', 'app.mjs'), APP);
    const file = join(dir, 'out', `app${extension}`);
    const result = await build({ entryPoints: [join(dir, 'app', 'app.mjs')], bundle: true, outfile: file, logLevel: 'silent', ...options });
    expect(result.warnings.map((w) => w.text)).toEqual([]);
    check(file);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('the package bundled into an application for Node', () => {
  for (const format of ['esm', 'cjs'] as const) {
    it(`works from a ${format} bundle without node_modules, and bundling it warns of nothing`, async () => {
      await withBundledApp({ platform: 'node', format }, format === 'esm' ? '.mjs' : '.cjs', (file) => {
        const run = spawnSync(process.execPath, [file], { cwd: dirname(file), encoding: 'utf8' });
        expect(run.stderr).toBe('');
        expect(JSON.parse(run.stdout)).toEqual({ ids: 'cpp,cuda', skills: 1, invalid: 'TaxonomyError' });
      });
    }, 60_000);
  }
});

describe('the package bundled into an application for browsers', () => {
  it('runs with none of Node\'s globals (Buffer, process, require)', async () => {
    await withBundledApp({ platform: 'browser', format: 'iife' }, '.js', (file) => {
      let printed = '';
      // What a browser page has that the package or its dependencies might use, and nothing of Node's.
      const page: Record<string, unknown> = { console: { log: (s: string) => (printed = s) }, atob, btoa, TextEncoder, TextDecoder, URL };
      createContext(page);
      runInContext(readFileSync(file, 'utf8'), page);
      expect(['Buffer', 'process', 'require'].filter((name) => name in page)).toEqual([]);
      expect(JSON.parse(printed)).toEqual({ ids: 'cpp,cuda', skills: 1, invalid: 'TaxonomyError' });
    });
  }, 60_000);
});
