// The trie a taxonomy compiles to: a node's children are a small two-key map until a third comes,
// and read like a Map of the same keys in the same order.
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, outsOf, TwoKeys, type TrieNode } from '../src/match/compile.js';
import { readPosting } from '../src/pipeline.js';
import { parseTaxonomy } from '../src/taxonomy/parse.js';

/** Everything a reader of a map can ask, as plain values. */
function read(map: ReadonlyMap<string, number>, probe: readonly string[]): unknown {
  const visited: [string, number][] = [];
  map.forEach((value, key, self) => {
    expect(self).toBe(map);
    visited.push([key, value]);
  });
  return {
    size: map.size,
    entries: [...map.entries()],
    iterated: [...map],
    keys: [...map.keys()],
    values: [...map.values()],
    visited,
    get: probe.map((k) => map.get(k)),
    has: probe.map((k) => map.has(k)),
  };
}

/** A trie as nested arrays of keys and the entries their aliases name, in the maps' order. */
function listed(map: ReadonlyMap<string, TrieNode>): unknown[] {
  return [...map].map(([key, node]) => [key, (outsOf(node) ?? []).map((a) => `${a.entry}:${a.form}`), node.next ? listed(node.next) : null]);
}

describe("a trie node's children", () => {
  it('read as a Map of the same keys in the order added, with one key and with two', () => {
    const probe = ['a', 'b', 'c', '', 'A'];
    const one = new TwoKeys('a', 1);
    expect(read(one, probe)).toEqual(read(new Map([['a', 1]]), probe));
    const two = new TwoKeys('b', 2);
    two.key1 = 'a';
    two.value1 = 1;
    expect(read(two, probe)).toEqual(read(new Map([['b', 2], ['a', 1]]), probe));
  });

  it('are a TwoKeys for one or two keys and a Map from the third on, in the order the keys came', () => {
    const entry = (id: string, aliases: string[]) => ({ id, name: id, category: 'developer-tool', aliases });
    const taxonomy = parseTaxonomy({
      skills: [entry('one', ['duo x']), entry('two', ['solo key']), entry('three', ['trio x', 'trio y', 'trio z']), entry('four', ['pair left', 'pair right'])],
    });
    const { root } = compileTaxonomy(taxonomy);
    const children = (key: string) => root.get(key)!.next!;
    // A one-letter last word has no plural; the plurals of the others come after every written alias.
    expect(children('duo')).toBeInstanceOf(TwoKeys);
    expect(listed(children('duo'))).toEqual([['x', ['0:alias'], null]]);
    expect(children('solo')).toBeInstanceOf(TwoKeys);
    expect(listed(children('solo'))).toEqual([['key', ['1:alias'], null], ['keys', ['1:inflected'], null]]);
    expect(children('trio')).toBeInstanceOf(Map);
    expect(listed(children('trio'))).toEqual([['x', ['2:alias'], null], ['y', ['2:alias'], null], ['z', ['2:alias'], null]]);
    expect(children('pair')).toBeInstanceOf(Map);
    expect(listed(children('pair'))).toEqual([['left', ['3:alias'], null], ['right', ['3:alias'], null], ['lefts', ['3:inflected'], null], ['rights', ['3:inflected'], null]]);
  });

  it('take a generated form under a node whose children grew into a Map after the form was queued', () => {
    // "foo bar" queues "foo bars" while "foo" has one child; "foo baz" and "foo qux" make it three.
    const taxonomy = parseTaxonomy({
      skills: [
        { id: 'bar', name: 'Foo Bar', category: 'developer-tool', aliases: ['foo bar'] },
        { id: 'baz', name: 'Foo Baz', category: 'developer-tool', aliases: [] },
        { id: 'qux', name: 'Foo Qux', category: 'developer-tool', aliases: ['foo-qux thing'] },
      ],
    });
    const compiled = compileTaxonomy(taxonomy);
    expect(compiled.root.get('foo')!.next).toBeInstanceOf(Map);
    const ids = (text: string) => readPosting(compiled, text).skills.map((s) => s.id);
    expect(ids('Experience with Foo Bars, foo baz and foo qux.')).toEqual(['bar', 'baz', 'qux']);
    expect(ids('Experience with fooqux thing.')).toEqual(['qux']);
  });
});
