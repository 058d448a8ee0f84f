// The default taxonomy's trie is built with the package and read back at run time: what it reads
// back must be the trie compileTaxonomy makes, map for map and in the same order. The cue phrases'
// tokens are made with the package too, and must be the tokenizer's, and so is the table of section
// headings, which must be the one made from the heading phrases.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, firstKeys, type CompiledTaxonomy, type TrieNode } from '../src/match/compile.js';
import { encodePhraseStarts, KeyFilter, keyHash, phraseStarts } from '../src/match/key-filter.js';
import { wordsOf } from '../src/match/phrases.js';
import { CUE_PHRASES } from '../src/refine/cue-phrases.js';
import { cueWords, prebuiltCueWordsModule } from '../src/refine/cue-words.js';
import { headingKey, headingTableModule, knownHeading, makeHeadingTable, type HeadingTable } from '../src/segment/headings.js';
import { getDefaultCompiled, getDefaultTaxonomy } from '../src/taxonomy/default.js';
import { parseTaxonomy } from '../src/taxonomy/parse.js';
import { reviveTrie, serializeTrie } from '../src/taxonomy/prebuilt.js';
import type { Taxonomy } from '../src/taxonomy/taxonomy.js';

/** A trie as nested arrays, so that the order of every map is compared too. */
function listed(map: Map<string, TrieNode>): unknown[] {
  return [...map].map(([key, node]) => [key, node.out, node.next && listed(node.next)]);
}

/** Every out's context rule, by identity: the revived trie must share the taxonomy's rule objects. */
function rules(map: Map<string, TrieNode>): unknown[] {
  return [...map.values()].flatMap((node) => [...(node.out ?? []).map((a) => a.rule), ...(node.next ? rules(node.next) : [])]);
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

describe('the prebuilt cue phrases', () => {
  it('are every phrase of every kind, cut as the tokenizer cuts it', async () => {
    const module = prebuiltCueWordsModule();
    const { cueWords: prebuilt } = (await import(`data:text/javascript,${encodeURIComponent(module)}`)) as { cueWords: typeof cueWords };
    const words = prebuilt();
    expect(words).toStrictEqual(cueWords());
    expect(words.length).toBe(CUE_PHRASES.length);
    CUE_PHRASES.forEach(([kind, phrases, before], i) => {
      expect(words[i]![0]).toBe(kind);
      expect(words[i]![1]).toStrictEqual(phrases.map(wordsOf));
      expect(words[i]![2]).toBe(before);
      expect(words[i]!.length).toBe(before ? 3 : 2);
    });
    // Apostrophes survive the module's quoting: "don't need" is four tokens.
    expect(words.flatMap((w) => w[1])).toContainEqual(['don', "'", 't', 'need']);
  });
});

describe('the prebuilt table of headings', () => {
  it('is the table made from the heading phrases, with the filter of its keys', async () => {
    const module = headingTableModule();
    const { prebuiltHeadingTable } = (await import(`data:text/javascript,${encodeURIComponent(module)}`)) as { prebuiltHeadingTable: () => HeadingTable };
    const table = prebuiltHeadingTable();
    const made = makeHeadingTable();
    expect(table).toStrictEqual(made);
    expect(table.keys.length).toBeGreaterThan(200);
    const filter = KeyFilter.decode(table.filter);
    expect(table.keys.every(([key]) => filter.mayHave(keyHash(key)))).toBe(true);
    // Every key is one a heading line makes, and names its kind.
    for (const [key, kind] of table.keys) {
      expect(headingKey(key)).toBe(key);
      expect(knownHeading(key)).toBe(kind);
    }
  });
});
