// The built command line, run as a child process the way users run it.
import { constants } from 'node:buffer';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = join(__dirname, '..');
const cli = join(root, 'dist', 'cli.js');
const seed = join(root, 'seeds', '000_a41295c8ebac17d8.txt');
const tmp = mkdtempSync(join(tmpdir(), 'skilltag-cli-'));

function run(args: string[], input?: string, env: Record<string, string> = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    input: input ?? '',
    encoding: 'utf8',
    cwd: root,
    env: { ...process.env, ...env },
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}
const file = (name: string, content: string): string => {
  const path = join(tmp, name);
  writeFileSync(path, content);
  return path;
};

describe('skilltag <file>', () => {
  it('prints one JSON object per file with the posting\'s skills', () => {
    const r = run([seed]);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(1);
    const out = JSON.parse(lines[0]!);
    expect(out.file).toBe(seed);
    expect(out.skills.map((s: { id: string }) => s.id)).toEqual(expect.arrayContaining(['kubernetes', 'pytorch', 'docker']));
  });

  it('reads stdin, pretty-prints and formats a table', () => {
    const text = 'Requirements: 5+ years of Python and Kubernetes. Nice to have: Go, Rust and C++.';
    const pretty = run(['--pretty'], text);
    expect(pretty.status).toBe(0);
    expect(pretty.stdout.split('\n').length).toBeGreaterThan(10);
    expect(JSON.parse(pretty.stdout).file).toBe('-');
    const table = run(['--format', 'table', '-'], text);
    expect(table.stdout).toMatch(/required\s+Python, Kubernetes/);
    expect(table.stdout).toMatch(/preferred\s+Go, Rust, C\+\+/);
    expect(table.stdout).toMatch(/seniority\s+senior, 5\+ years/);
  });

  it('exits 1 for a missing file, a directory and empty input, one clear line each, and tags the rest', () => {
    const empty = file('empty.txt', '  \n');
    const r = run(['/nonexistent/posting.txt', tmp, empty, seed]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim().split('\n')).toEqual([
      'skilltag: /nonexistent/posting.txt: no such file',
      `skilltag: ${tmp}: is a directory, not a file`,
      `skilltag: ${empty}: empty input, nothing to tag`,
    ]);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('exits 2 on a bad option, with one line and no stack trace', () => {
    const r = run(['--nope']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^skilltag: Unknown option '--nope'/);
    expect(r.stdout).toBe('');
  });

  it('prints --help and --version', () => {
    expect(run(['--help']).stdout).toMatch(/^Usage: skilltag/);
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
    expect(run(['--version']).stdout.trim()).toBe(pkg.version);
  });
});

describe('skilltag --jsonl', () => {
  it('keeps order, one output line per input line, an error line for each bad line', () => {
    const input = [
      JSON.stringify({ id: 'a', text: 'Experience with CUDA.' }),
      '{not json',
      JSON.stringify({ id: 'b', text: 42 }),
      JSON.stringify({ id: 'c' }),
      '[1,2]',
      '',
      JSON.stringify({ id: 'd', text: 'Kubernetes and Docker' }),
    ].join('\n');
    const r = run(['--jsonl'], input + '\n');
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.line ?? null, Boolean(o.error)])).toEqual([
      ['a', null, false],
      [null, 2, true],
      ['b', 3, true],
      ['c', 4, true],
      [null, 5, true],
      [null, 6, true],
      ['d', null, false],
    ]);
    expect(out[2].error).toBe('"text" must be a string, received number 42');
    expect(out[3].error).toMatch(/no "text" field/);
    expect(out[6].skills.map((s: { id: string }) => s.id)).toEqual(['kubernetes', 'docker']);
  });

  it('reports a posting whose tagging or whose writing failed with its line and id, and tags the rest', () => {
    const postings = [['a', 'Python and CUDA'], ['boom', 'boom'], ['too large', 'Python and CUDA'], ['c', 'Go']];
    const input = postings.map(([id, text]) => JSON.stringify({ id, text })).join('\n') + '\n';
    const r = spawnSync(process.execPath, ['--import', join(root, 'tests', 'fixtures', 'fail-on-boom.mjs'), cli, '--jsonl'], { input, encoding: 'utf8', cwd: root });
    expect(r.status).toBe(1);
    const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(out.map((o) => [o.id, o.line ?? null, o.error ?? null])).toEqual([
      ['a', null, null],
      ['boom', 2, 'internal error while tagging: injected failure'],
      ['too large', 3, 'tagged, but its tags could not be written as one line of JSON (2 skill mentions): Invalid string length'],
      ['c', null, null],
    ]);
  });

  it('reports a line too long to read as one string with its line number, and tags the lines after it', () => {
    // A line longer than the longest string V8 makes (over 500 MB), between two postings: with 1 and 2
    // threads (past the first megabyte, the second posting goes to the pool).
    const longest = constants.MAX_STRING_LENGTH;
    const input = Buffer.concat([
      Buffer.from(JSON.stringify({ id: 'a', text: 'Kubernetes and Docker' }) + '\n'),
      Buffer.alloc(longest + 1, 'x'),
      Buffer.from('\n' + JSON.stringify({ id: 'b', text: 'Python and CUDA' }) + '\n'),
    ]);
    for (const workers of ['1', '2']) {
      const r = spawnSync(process.execPath, [cli, '--jsonl', '--workers', workers], { input, encoding: 'utf8', cwd: root });
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      const out = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
      expect(out.map((o) => [o.id, o.line ?? null, o.error ?? o.skills.map((s: { id: string }) => s.id).join(' ')])).toEqual([
        ['a', null, 'kubernetes docker'],
        [null, 2, `too long to read: ${(longest + 1).toLocaleString('en-US')} characters, more than the ${longest.toLocaleString('en-US')} a JavaScript string can hold`],
        ['b', null, 'python cuda'],
      ]);
    }
  });

  it('tags a large input with worker threads, in input order, the same as one thread does', () => {
    const texts = ['Requirements: 5+ years of Python and CUDA.', 'Nice to have: Kubernetes, Go and Rust.', 'BS in Computer Science; SQL'];
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: `${texts[i % 3]} ${'Filler text. '.repeat(40)}` }));
    const big = file('workers.jsonl', lines.join('\n') + '\n');
    const one = run(['--jsonl', '--workers', '1', big]);
    const two = run(['--jsonl', '--workers', '2', '--progress', big]);
    expect(two.status).toBe(0);
    expect(two.stdout).toBe(one.stdout);
    expect(two.stdout.trim().split('\n').map((l) => JSON.parse(l).id)).toEqual(lines.map((_, i) => i));
    expect(two.stderr).toMatch(/3,000 postings, [\d,]+\/s, [\d.]+ MB\/s\n$/);
  });

  it('refuses a bad --workers value', () => {
    const r = run(['--jsonl', '--workers', 'zero']);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('skilltag: --workers must be a whole number from 1 to 256, received "zero"\n');
  });

  it('exits quietly when the reader goes away', () => {
    const lines = Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: i, text: 'Python, CUDA and Kubernetes. '.repeat(20) })).join('\n');
    const big = file('big.jsonl', lines + '\n');
    const out = execFileSync('/bin/sh', ['-c', `node ${JSON.stringify(cli)} --jsonl ${JSON.stringify(big)} | head -1; echo "status=$?"`], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    const [first, status] = out.trim().split('\n');
    expect(JSON.parse(first!).id).toBe(0);
    expect(status).toBe('status=0');
  });

  it('reports empty input', () => {
    const r = run(['--jsonl'], '');
    expect(r.status).toBe(1);
    expect(r.stderr).toBe('skilltag: empty input, no JSON lines to tag\n');
  });
});

describe('skilltag --taxonomy, validate, schema', () => {
  it('extends the default taxonomy with a user file', () => {
    const r = run(['--taxonomy', join(root, 'examples', 'my-skills.json'), '-'], 'We use AcmeFlow and CUDA kernels.');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).skills.map((s: { id: string }) => s.id)).toEqual(['acme-flow', 'cuda']);
  });

  it('lists every problem of a broken file with its path, and exits 2', () => {
    const bad = file('bad.json', JSON.stringify({ skills: [{ id: 'X Y', name: 'x', category: 'nope' }, { id: 'cudax', name: 'CUDA', category: 'gpu-computing' }] }));
    const r = run(['validate', bad]);
    expect(r.status).toBe(2);
    const lines = r.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/bad\.json: skills\[0\]\.id: must be kebab-case/);
    expect(lines[1]).toMatch(/bad\.json: skills\[0\]\.category: /);
    expect(lines).toHaveLength(2);
    const collision = file('collide.json', JSON.stringify({ skills: [{ id: 'cudax', name: 'CUDA', category: 'gpu-computing' }] }));
    const c = run(['validate', collision]);
    expect(c.status).toBe(2);
    expect(c.stdout).toMatch(/skills\[0\]\.name: alias "CUDA" of "cudax" \(CUDA\) collides with "CUDA" of "cuda"/);
    const tagging = run(['--taxonomy', collision, seed]);
    expect(tagging.status).toBe(2);
    expect(tagging.stdout).toBe('');
    expect(tagging.stderr).toMatch(/collides with "CUDA" of "cuda"/);
  });

  it('reports bad JSON with its line and column', () => {
    const bad = file('syntax.json', '{\n  "skills": [\n    {"id": "a",,}\n  ]\n}');
    const r = run(['validate', bad]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/syntax\.json: not valid JSON: line 3, column \d+/);
  });

  it('validates the default taxonomy files together', () => {
    const files = ['gpu-hpc', 'ai-ml', 'ml-frameworks', 'languages', 'web-mobile', 'software-engineering', 'cloud', 'devops', 'data', 'security', 'business', 'soft-skills', 'certifications', 'fields'].map((f) => join(root, 'data', `${f}.json`));
    const r = run(['validate', ...files]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('prints the JSON Schema', () => {
    const schema = JSON.parse(run(['schema']).stdout);
    expect(schema.title).toBe('skilltag taxonomy');
    expect(JSON.parse(readFileSync(join(root, 'dist', 'taxonomy.schema.json'), 'utf8'))).toEqual(schema);
  });
});

describe('skilltag suggest', () => {
  it('ranks candidates over the sample postings and prints a taxonomy file that validates', () => {
    const seeds = ['000_a41295c8ebac17d8', '001_301e47491e30d87f', '002_946855e43d5e6e4b', '003_b9f70428d5bd4ffc', '004_34ffe075614f75be'].map((f) => join(root, 'seeds', `${f}.txt`));
    const table = run(['suggest', ...seeds]);
    expect(table.status).toBe(0);
    expect(table.stdout).toMatch(/^rank\s+postings\s+candidate\n\s+1\s+\d+\s+\S/);
    const json = run(['suggest', '--format', 'json', ...seeds]);
    expect(json.status).toBe(0);
    const suggestions = file('suggested.json', json.stdout);
    expect(JSON.parse(json.stdout).skills.length).toBeGreaterThan(0);
    const v = run(['validate', suggestions]);
    expect(v.stderr).toBe('');
    expect(v.status).toBe(0);
  });

  it('skips a JSON line too long to read with its line number, and reads the postings after it', () => {
    const longest = constants.MAX_STRING_LENGTH;
    const posting = JSON.stringify({ text: readFileSync(seed, 'utf8') }) + '\n';
    const input = Buffer.concat([Buffer.alloc(longest + 1, 'x'), Buffer.from('\n' + posting + posting)]);
    const r = spawnSync(process.execPath, [cli, 'suggest', '--jsonl', '--format', 'json'], { input, encoding: 'utf8', cwd: root });
    expect(r.stderr).toBe(`skilltag: -:1: skipped, too long to read: ${(longest + 1).toLocaleString('en-US')} characters, more than the ${longest.toLocaleString('en-US')} a JavaScript string can hold\n`);
    expect(r.status).toBe(1);
    expect(JSON.parse(r.stdout).skills.length).toBeGreaterThan(0);
  });
});
