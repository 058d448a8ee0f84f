// The default taxonomy's trie is built with the package and read back at run time: what it reads
// back must be the trie compileTaxonomy makes, map for map and in the same order. The set of the cue
// phrases and the table of section headings are made with the package too, and must be the ones the
// sources make.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, firstKeys, outsOf, type CompiledTaxonomy, type TrieNode } from '../src/match/compile.js';
import { encodePhraseStarts, KeyFilter, keyHash, phraseStarts } from '../src/match/key-filter.js';
import { PhraseSet } from '../src/match/phrases.js';
import { tokenize } from '../src/match/tokenize.js';
import type { Cue } from '../src/refine/cue-phrases.js';
import { CUE_BEFORE, cueBeforeName, cueSetModule, makeCueSet } from '../src/refine/cues.js';
import { headingKey, headingTableModule, knownHeadingAt, makeHeadingTable, type HeadingTable } from '../src/segment/headings.js';
import { charCodes } from '../src/text/char-codes.js';
import { getDefaultCompiled, getDefaultTaxonomy } from '../src/taxonomy/default.js';
import { defaultTaxonomyData } from '../src/taxonomy/default-data.js';
import { parseTaxonomy } from '../src/taxonomy/parse.js';
import { prebuildTaxonomy, prebuiltText, readPrebuiltText, reviveTrie, serializeTrie } from '../src/taxonomy/prebuilt.js';
import type { Taxonomy } from '../src/taxonomy/taxonomy.js';

/** A trie as nested arrays, so that the order of every map is compared too. */
function listed(map: ReadonlyMap<string, TrieNode>): unknown[] {
  return [...map].map(([key, node]) => [key, outsOf(node), node.next && listed(node.next)]);
}

/** Every out's context rule, by identity: the revived trie must share the taxonomy's rule objects. */
function rules(map: ReadonlyMap<string, TrieNode>): unknown[] {
  return [...map.values()].flatMap((node) => [...(outsOf(node) ?? []).map((a) => a.rule), ...(node.next ? rules(node.next) : [])]);
}

/**
 * The same trie. A trie revived with the taxonomy's own entries shares its rule objects; the default
 * taxonomy's compiled form reads its entries one by one, so its rules are equal copies.
 */
function expectSameTrie(revived: CompiledTaxonomy, compiled: CompiledTaxonomy, sharedEntries = true): void {
  expect(revived.taxonomy.skills).toBe(compiled.taxonomy.skills);
  expect(listed(revived.root)).toStrictEqual(listed(compiled.root));
  const a = rules(revived.root);
  const b = rules(compiled.root);
  expect(a.length).toBe(b.length);
  if (sharedEntries) expect(a.every((rule, i) => rule === b[i])).toBe(true);
  else expect(a).toStrictEqual(b);
}

const roundTrip = (taxonomy: Taxonomy): CompiledTaxonomy => reviveTrie(taxonomy, serializeTrie(compileTaxonomy(taxonomy)));

describe('the prebuilt trie', () => {
  it('of the default taxonomy is the one compileTaxonomy makes', () => {
    expectSameTrie(getDefaultCompiled(), compileTaxonomy(getDefaultTaxonomy()), false);
  });

  it('comes with the filters of what may start an alias that its maps give', () => {
    const fromMaps = firstKeys(compileTaxonomy(getDefaultTaxonomy()).root);
    const revived = getDefaultCompiled().phraseStarts!();
    expect(encodePhraseStarts(revived)).toBe(encodePhraseStarts(phraseStarts(fromMaps.singles, fromMaps.pairs)));
    expect(fromMaps.singles.every((key) => revived.singles.mayHave(keyHash(key)))).toBe(true);
  });

  it('reads each default entry alone as the taxonomy has it', () => {
    const compiled = getDefaultCompiled();
    const skills = getDefaultTaxonomy().skills;
    expect(skills.length).toBeGreaterThan(1000);
    for (let i = skills.length - 1; i >= 0; i--) expect(compiled.entry(i)).toStrictEqual(skills[i]);
  });

  it('reads back case-sensitive, inflected and joined forms', () => {
    const file = JSON.parse(readFileSync(new URL('./fixtures/small-taxonomy.json', import.meta.url), 'utf8'));
    const taxonomy = parseTaxonomy(file);
    expectSameTrie(roundTrip(taxonomy), compileTaxonomy(taxonomy));
  });

  it('keeps a node that two entries\' generated forms contest, without outs', () => {
    const taxonomy = parseTaxonomy({
      skills: [
        { id: 'bus', name: 'Bus', category: 'hardware' },
        { id: 'buse', name: 'Buse', category: 'hardware' },
      ],
    });
    const compiled = compileTaxonomy(taxonomy);
    expect(compiled.root.get('buses')).toEqual({ next: undefined, out: undefined });
    expectSameTrie(roundTrip(taxonomy), compiled);
  });
});

describe('the prebuilt taxonomy as text', () => {
  it('is ASCII, reads back part for part, and is refused under another key', () => {
    const prebuilt = defaultTaxonomyData();
    const text = prebuiltText(prebuilt, 'key 1');
    expect(/[^\0-\x7f]/.test(text)).toBe(false);
    expect(readPrebuiltText(text, 'key 1')).toStrictEqual(prebuilt);
    expect(() => readPrebuiltText(text, 'key 2')).toThrow(/not the one this build of skilltag was made with \(expected key 2, found key 1\)/);
    expect(() => readPrebuiltText(`${text}\nmore`, 'key 1')).toThrow(/not the one this build/);
  });

  it('writes an entry beyond ASCII escaped, and reads it back as written', () => {
    const skills = [{ id: 'hpc', name: 'HPC', category: 'gpu-computing' as const, aliases: ['高性能计算', "O'Reilly stack"] }];
    const prebuilt = prebuildTaxonomy(skills);
    expect(prebuilt.entries).toContain('\\u9ad8');
    expect(prebuilt.trie).toContain('\\u9ad8');
    expect(JSON.parse(prebuilt.entries)).toEqual(skills);
    const text = prebuiltText(prebuilt, 'k');
    expect(/[^\0-\x7f]/.test(text)).toBe(false);
    const taxonomy = parseTaxonomy({ skills });
    expectSameTrie(reviveTrie(taxonomy, readPrebuiltText(text, 'k').trie), compileTaxonomy(taxonomy));
  });
});

describe('the prebuilt cue phrases', () => {
  /** Every phrase the set finds in each text, as [kind, from, to] in the order it visits them. */
  const found = <K extends string>(set: PhraseSet<K>, texts: readonly string[]): [string, number, number][][] =>
    texts.map((text) => {
      const out: [string, number, number][] = [];
      set.find(tokenize(text), (kind, from, to) => out.push([kind, from, to]));
      return out;
    });
  const seedDir = new URL('../seeds/', import.meta.url);
  const texts = [
    ...readdirSync(seedDir).filter((f) => f.endsWith('.txt')).sort().map((f) => readFileSync(new URL(f, seedDir), 'utf8')),
    "Python is a big plus. Docker preferred, Go desirable. Preferred: Rust. We don't need a degree; no prior experience required.",
    'BSc or M.Sc. in CS, 401 ( k ), medical, dental. 3 years; three yrs. 本科以上学历，优先考虑。 $120k. Experience level: Senior',
  ];


  it('are the set the sources make from the phrases, read back from the text made with the package', async () => {
    const module = cueSetModule();
    const { prebuiltCueSet } = (await import(`data:text/javascript,${encodeURIComponent(module)}`)) as { prebuiltCueSet: () => string };
    const made = makeCueSet();
    const revived = PhraseSet.revive<Cue>(prebuiltCueSet(), { clauseEnd: new Set(), colon: new Set() });
    const same = PhraseSet.revive<Cue>(prebuiltCueSet(), CUE_BEFORE);
    // The same phrases are found, in the same order, by the set read back; its phrases are read as
    // texts reach them, and once all are read it writes the same text.
    const expected = found(made, texts);
    expect(expected.flat().length).toBeGreaterThan(100);
    expect(found(same, texts)).toStrictEqual(expected);
    expect(same.serialize(cueBeforeName)).toBe(made.serialize(cueBeforeName));
    // The rules' sets of following words are the ones given to `revive`: with empty ones, the phrases
    // that must be followed by one are found only at a line's end.
    expect(found(revived, texts)).not.toStrictEqual(expected);
    // Apostrophes survive the module's quoting: "don't need" is four tokens.
    expect(found(same, ["We don't need Java"])[0]).toContainEqual(['negation', 1, 5]);
  });

  it('are read back with a phrase added after', () => {
    const set = PhraseSet.revive<string>(makeCueSet().serialize(cueBeforeName), CUE_BEFORE).add('extra', ['is a plus for us', 'brand new phrase']);
    const text = 'Go is a plus for us, a brand new phrase. Rust is a plus. Desired: Go';
    const made = (makeCueSet() as PhraseSet<string>).add('extra', ['is a plus for us', 'brand new phrase']);
    expect(found(set, [text])).toStrictEqual(found(made, [text]));
    expect(found(set, [text])[0]!.filter(([kind]) => kind === 'extra')).toHaveLength(2);
  });
});

describe('the prebuilt table of headings', () => {
  it('is the table made from the heading phrases, with the filter of its keys', async () => {
    const module = headingTableModule();
    const { prebuiltHeadingTable } = (await import(`data:text/javascript,${encodeURIComponent(module)}`)) as { prebuiltHeadingTable: () => string };
    const table = JSON.parse(prebuiltHeadingTable()) as HeadingTable;
    const made = makeHeadingTable();
    expect(table).toStrictEqual(made);
    expect(table.keys.length).toBeGreaterThan(200);
    const filter = KeyFilter.decode(table.filter);
    expect(table.keys.every(([key]) => filter.mayHave(keyHash(key)))).toBe(true);
    // Every key is one a heading line makes, and names its kind.
    for (const [key, kind] of table.keys) {
      expect(headingKey(key)).toBe(key);
      expect(knownHeadingAt(key, charCodes(key), 0, key.length)).toBe(kind);
    }
  });
});
