// Looking tokens up: the approximate key sets in front of the matcher's and the cue phrases' map lookups
// (a key is never turned away; the tokenizer's hashes are those of its lowercased tokens), and phrases cut as the tokenizer cuts text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compileTaxonomy, firstKeys, outsOf, type CompiledAlias, type TrieNode } from '../src/match/compile.js';
import { decodeBits, GrowingFilter, KeyFilter, keyHash, markHash, phraseStarts, Reused } from '../src/match/key-filter.js';
import { ContextPhrases } from '../src/match/context-phrases.js';
import { FlatTrie, HAS_NEXT, HAS_OUT } from '../src/match/flat-trie.js';
import { aliasTable, hasFlatTrie, inPlaceOrder, matchSkills, type SkillMatch } from '../src/match/match-skills.js';
import { PhraseSet, wordsOf } from '../src/match/phrases.js';
import { markedKey, mayStart, phraseTokens, tokenize, tokenizedPhrase, tokenKey, WordTable, type Tokens } from '../src/match/tokenize.js';
import { normalizeEntry } from '../src/taxonomy/parse.js';
import { charCodes } from '../src/text/char-codes.js';
import { makeTaxonomy } from '../src/taxonomy/taxonomy.js';
import { readdirSync, readFileSync } from 'node:fs';
import { getDefaultCompiled } from '../src/taxonomy/default.js';
import { createTagger } from '../src/tagger.js';
import { defaultTaxonomy, extendTaxonomy } from '../src/index.js';

/** The bits of a token's flags, as 0 or 1: punctuation, whitespace before it, a line break before it. */
const kindOf = (t: Tokens, i: number): number => t.flags[i]! & 1;
const spacedOf = (t: Tokens, i: number): number => (t.flags[i]! >> 1) & 1;
const newlineOf = (t: Tokens, i: number): number => (t.flags[i]! >> 2) & 1;

describe('KeyFilter', () => {
  it('lets every key of the default taxonomy trie through, and turns most other words away', () => {
    const root = getDefaultCompiled().root;
    const filter = new KeyFilter(root.keys(), root.size);
    for (const key of root.keys()) expect(filter.mayHave(keyHash(key))).toBe(true);
    const others = Array.from({ length: 20_000 }, (_, i) => `zq${i}x`);
    const passed = others.filter((w) => filter.mayHave(keyHash(w))).length;
    expect(passed / others.length).toBeLessThan(0.15);
  });

  it('reads back the filter it wrote as text', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 2000 }), fc.array(fc.string({ maxLength: 6 }), { maxLength: 50 }), (keys, others) => {
        const filter = new KeyFilter(keys, keys.length);
        const read = KeyFilter.decode(filter.encode());
        return read.encode() === filter.encode() && [...keys, ...others].every((k) => read.mayHave(keyHash(k)) === filter.mayHave(keyHash(k)));
      }),
      { numRuns: 200 },
    );
  });

  it('reads its bits the same with Node\'s Buffer and with atob', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 6 }), { maxLength: 3000 }), (keys) => {
        const text = new KeyFilter(keys, keys.length).encode();
        const viaBuffer = decodeBits(text);
        const viaAtob = decodeBits(text, null);
        return viaBuffer.length === viaAtob.length && viaBuffer.every((w, i) => w === viaAtob[i]);
      }),
      { numRuns: 100 },
    );
    const text = new KeyFilter(['cuda', 'python'], 2).encode();
    expect([...decodeBits(text)].some((w) => w !== 0)).toBe(true);
  });

  it('never turns a key away, whatever the keys', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', maxLength: 8 }), { maxLength: 300 }), (keys) => {
        const filter = new KeyFilter(keys, keys.length);
        return keys.every((k) => filter.mayHave(keyHash(k)));
      }),
      { numRuns: 300 },
    );
  });

  it('selects, in order, exactly the indices whose hash it may have', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ maxLength: 4 }), { maxLength: 300 }),
        fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 400 }),
        fc.nat({ max: 400 }),
        (keys, others, cut) => {
          const filter = new KeyFilter(keys, keys.length);
          // Keys' own hashes among arbitrary ones, so that both answers come up.
          const hashes = Int32Array.from(others.flatMap((h, i) => (i < keys.length ? [h, keyHash(keys[i]!)] : [h])));
          const count = Math.min(cut, hashes.length);
          const out = new Int32Array(count).fill(-1);
          const n = filter.select(hashes, count, out);
          const expected = [...hashes.subarray(0, count).keys()].filter((i) => filter.mayHave(hashes[i]!));
          return n === expected.length && expected.every((i, k) => out[k] === i);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('gets the hash of each lowercased token from the tokenizer', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 80 }), fc.string({ unit: 'binary', maxLength: 20 }), (a, b) => {
        const tokens = tokenize(`${a} İstanbul ${b} C++ Ünicode`);
        for (let i = 0; i < tokens.count; i++) if (tokens.hash[i] !== keyHash(tokens.lower(i))) return false;
        return true;
      }),
      { numRuns: 500 },
    );
  });
});

describe('GrowingFilter', () => {
  it('never turns away a hash added to it, however many came after, and turns most others away', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }), { maxLength: 3000, size: 'max' }), fc.nat({ max: 3000 }), (hashes, cut) => {
        const filter = new GrowingFilter();
        hashes.forEach((h, k) => {
          filter.add(h);
          // Every hash so far, whether the filter grew on this one or not.
          if (k === Math.min(cut, hashes.length - 1)) for (const earlier of hashes.slice(0, k + 1)) expect(filter.mayHave(earlier)).toBe(true);
        });
        return hashes.every((h) => filter.mayHave(h));
      }),
      { numRuns: 100 },
    );
    const filter = new GrowingFilter();
    for (let k = 0; k < 20_000; k++) filter.add(keyHash(`w${k}`));
    for (let k = 0; k < 20_000; k++) expect(filter.mayHave(keyHash(`w${k}`))).toBe(true);
    const passed = Array.from({ length: 20_000 }, (_, k) => keyHash(`z${k}`)).filter((h) => filter.mayHave(h)).length;
    expect(passed / 20_000).toBeLessThan(0.05);
  });
});

describe('tokenize', () => {
  it('keeps every token of a long text, its lowercased text cut (or compared) when asked for, in any order', () => {
    // Over 1,024 tokens: the arrays grow; "İ" lowercases to two characters, so the text is lowercased token by token.
    for (const text of ['Go, C++ and Rust. '.repeat(400), 'İstanbul Go, C++ '.repeat(400)]) {
      const tokens = tokenize(text);
      expect(tokens.count).toBe(text.startsWith('Go') ? 3200 : 2400);
      for (let i = tokens.count - 1; i >= 0; i -= 7) {
        const lower = text.slice(tokens.start[i], tokens.end[i]).toLowerCase();
        expect(tokens.lower(i)).toBe(lower);
        // Compared in place: the word itself, and none that is longer, shorter or differs in a character.
        expect([tokens.is(i, lower), tokens.is(i, lower + 's'), tokens.is(i, lower.slice(1)), tokens.is(i, `~${lower.slice(1)}`)]).toEqual([true, false, false, false]);
      }
      const last = tokens.count - 1;
      expect([tokens.lower(last), spacedOf(tokens, last), newlineOf(tokens, last), kindOf(tokens, last)]).toEqual([text.startsWith('Go') ? '.' : '+', 0, 0, 1]);
      expect(tokens.start[last]).toBe(text.trimEnd().length - 1);
    }
  });

  it('lowercases each token as the whole text lowercased reads it, whether the text has a character above U+00FF or not', () => {
    // Texts of ASCII and Latin-1 are lowercased a token at a time; others whole, as "Σ" at a word's
    // end and "İ" (two characters lowercased) need. Either way a token reads as the whole text's lowercase.
    const latin1 = fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c));
    const wide = fc.constantFrom('Σ', 'ΟΔΟΣ', 'İ', '中', 'Ａ', 'ẞ', '\u0130x');
    fc.assert(
      fc.property(fc.array(fc.oneof({ weight: 9, arbitrary: latin1 }, { weight: 9, arbitrary: fc.constantFrom(' ', 'Go ', 'ÉCOLE ', 'Straße ', 'C++ ', '.') }), { maxLength: 60 }), fc.option(wide, { nil: undefined }), fc.nat(60), (parts, extra, at) => {
        const text = extra === undefined ? parts.join('') : [...parts.slice(0, at), extra, ...parts.slice(at)].join('');
        const whole = text.toLowerCase();
        const tokens = tokenize(text);
        for (let i = 0; i < tokens.count; i++) {
          const s = tokens.start[i]!;
          const e = tokens.end[i]!;
          const lower = whole.length === text.length ? whole.slice(s, e) : text.slice(s, e).toLowerCase();
          const codes = Uint16Array.from(lower, (ch) => ch.charCodeAt(0));
          const longer = Uint16Array.from(lower + 'x', (ch) => ch.charCodeAt(0));
          if (tokens.lower(i) !== lower || tokens.hash[i] !== keyHash(lower)) return false;
          if (!tokens.is(i, lower) || tokens.is(i, lower + 'x') || (lower.length > 0 && tokens.is(i, lower.slice(1)))) return false;
          if (!tokens.isIn(i, codes, 0, codes.length) || tokens.isIn(i, longer, 0, longer.length)) return false;
          const other = lower.charCodeAt(0) === 0x61 ? 'b' : 'a';
          if (lower.length > 0 && tokens.is(i, other + lower.slice(1))) return false;
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it('cuts text as its rules say: words, wide characters, joining hyphens, punctuation, spaces and line breaks', () => {
    // A plain reading of the rules, one character at a time, over characters whose class is plain.
    type Class = 'word' | 'wide' | 'space' | 'newline' | 'join' | 'punct';
    const classOf = (ch: string | undefined): Class | null =>
      ch === undefined ? null : /[a-zA-Z0-9éÉ]/.test(ch) ? 'word' : ch === '中' ? 'wide' : ch === '\n' ? 'newline' : /[ \t\u00a0]/.test(ch) ? 'space' : ch === '-' || ch === '_' ? 'join' : 'punct';
    const reference = (text: string) => {
      const out: (number | string)[][] = [];
      let spaced = 0;
      let newline = 0;
      const push = (start: number, end: number, kind: number) => {
        const lower = text.slice(start, end).toLowerCase();
        out.push([start, end, kind, spaced, newline, keyHash(lower), lower]);
        spaced = newline = 0;
      };
      for (let i = 0; i < text.length; ) {
        const cls = classOf(text[i]);
        if (cls === 'word') {
          let j = i + 1;
          while (classOf(text[j]) === 'word') j++;
          push(i, j, 0);
          i = j;
          continue;
        }
        if (cls === 'space') spaced = 1;
        else if (cls === 'newline') spaced = newline = 1;
        else if (cls === 'join' && classOf(text[i - 1]) === 'word' && classOf(text[i + 1]) === 'word') spaced = 1;
        else push(i, i + 1, cls === 'wide' ? 0 : 1);
        i++;
      }
      return out;
    };
    const char = fc.constantFrom('a', 'Z', '7', 'é', 'É', '中', ' ', ' ', ' ', '\t', '\u00a0', '\n', '-', '_', ',', '.', '+');
    fc.assert(
      fc.property(fc.string({ unit: char, maxLength: 40 }), (text) => {
        const t = tokenize(text);
        const cut = Array.from({ length: t.count }, (_, i) => [t.start[i], t.end[i], kindOf(t, i), spacedOf(t, i), newlineOf(t, i), t.hash[i], t.lower(i)]);
        expect(cut).toEqual(reference(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('classes every character of U+0080-U+00FF as the Unicode classes of letters, digits, marks and spaces do', () => {
    for (let c = 0x80; c <= 0xff; c++) {
      const ch = String.fromCharCode(c);
      const t = tokenize(`a${ch}b`);
      const cut = Array.from({ length: t.count }, (_, i) => [t.start[i], t.end[i], kindOf(t, i), spacedOf(t, i), newlineOf(t, i)]);
      let expected: number[][];
      if (c === 0x85) expected = [[0, 1, 0, 0, 0], [2, 3, 0, 1, 1]]; // a line break
      else if (/[\p{L}\p{N}\p{M}]/u.test(ch)) expected = [[0, 3, 0, 0, 0]]; // one word
      else if (/\s/u.test(ch)) expected = [[0, 1, 0, 0, 0], [2, 3, 0, 1, 0]];
      else expected = [[0, 1, 0, 0, 0], [1, 2, 1, 0, 0], [2, 3, 0, 0, 0]]; // punctuation
      expect(cut, `U+${c.toString(16)}`).toEqual(expected);
    }
  });

  it('reads a text right in the arrays a list gave back, shorter or longer than it', () => {
    const cut = (text: string) => {
      const t = tokenize(text);
      const out = Array.from({ length: t.count }, (_, i) => [t.start[i], t.end[i], kindOf(t, i), spacedOf(t, i), newlineOf(t, i), t.hash[i], t.lower(i)]);
      return { t, out };
    };
    const long = 'Kubernetes, CUDA and\nC++ '.repeat(300);
    const texts = [long, 'Go', long + long, 'a-b C#\n.NET', ''];
    const fresh = texts.map((text) => cut(text).out);
    texts.forEach((text, k) => {
      const { t, out } = cut(text);
      expect(out).toEqual(fresh[k]);
      t.release();
    });
  });

  it('keeps every token when the arrays grow under a word or under punctuation', () => {
    // More tokens than the buffer a list keeps for the next one holds: the arrays grow, at a word in
    // one text and at a comma in the other, whichever comes where the arrays are full.
    for (const unit of ['ab,', ',ab']) {
      const text = unit.repeat(60_000);
      const t = tokenize(text);
      expect(t.count).toBe(120_000);
      const word = unit.indexOf('a');
      const comma = unit.indexOf(',');
      for (let i = 0; i < t.count; i++) {
        const at = Math.floor(i / 2) * 3;
        const isWord = (i % 2 === 0) === (word < comma);
        const [s, e] = isWord ? [at + word, at + word + 2] : [at + comma, at + comma + 1];
        if (t.start[i] !== s || t.end[i] !== e || kindOf(t, i) !== (isWord ? 0 : 1) || t.hash[i] !== keyHash(isWord ? 'ab' : ',')) {
          expect([i, t.start[i], t.end[i], kindOf(t, i), t.hash[i]]).toEqual([i, s, e, isWord ? 0 : 1, keyHash(isWord ? 'ab' : ',')]);
        }
      }
      t.release();
    }
  });
});

describe('WordTable', () => {
  it('finds the words it holds in a text, in any case, punctuation too, and nothing else', () => {
    const table = new WordTable<number>([['team', 1], ['and', 2], [',', 3]]);
    for (const text of ['Our TEAM and teams, and a Team.', 'İ Our TEAM and teams, and a Team.']) {
      const t = tokenize(text);
      const found = Array.from({ length: t.count }, (_, i) => table.of(t, i)).slice(-9);
      expect(found, text).toEqual([undefined, 1, 2, undefined, 3, 2, undefined, 1, undefined]);
    }
  });

  it('tells a word from another of the same hash', () => {
    // Two words whose hashes collide (found by trying six-letter words): only the one held is found.
    expect(keyHash('yaczfa')).toBe(keyHash('glbppa'));
    const t = tokenize('glbppa yaczfa');
    expect([0, 1].map((i) => new WordTable([['yaczfa', true]]).of(t, i))).toEqual([undefined, true]);
  });
});

describe('phraseTokens', () => {
  it('cuts a phrase as the tokenizer does, whether it takes the shortcut for plain words or not', () => {
    for (const text of ['CUDA', 'Apache Spark', 'node js 18', 'a', 'Z', '7', 'x y z', ' lead', 'trail ', 'two  spaces', '', ' ', 'C++', 'Node.js', 'CI/CD', 'ÄB c', 'a\tb', 'fine-tuning']) {
      expect(phraseTokens(text), JSON.stringify(text)).toEqual(tokenizedPhrase(text));
    }
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'b', 'Q', 'Z', '0', '9', ' ', ' ', '-', '.', 'é', '\t'), { maxLength: 12 }), (chars) => {
        const text = chars.join('');
        expect(phraseTokens(text)).toEqual(tokenizedPhrase(text));
      }),
      { numRuns: 2000 },
    );
  });

  it('keeps a word without a capital as its own key', () => {
    const { keys, exact } = phraseTokens('cuda toolkit 12');
    expect(keys).toBe(exact);
    expect(phraseTokens('CUDA Toolkit').keys).toEqual(['cuda', 'toolkit']);
  });
});

describe('inPlaceOrder', () => {
  it('orders the matches as a stable sort by place and entry of the two lists one after the other', () => {
    const byPlace = (a: SkillMatch, b: SkillMatch) => a.start - b.start || a.entry - b.entry;
    const match = ([start, entry]: [number, number], k: number) => ({ start, entry, tokenStart: k }) as unknown as SkillMatch;
    const place = fc.tuple(fc.integer({ min: 0, max: 6 }), fc.integer({ min: 0, max: 3 }));
    fc.assert(
      fc.property(fc.array(place, { maxLength: 12 }), fc.array(place, { maxLength: 6 }), (a, b) => {
        // Found in text order (by start only: entries at one place in any order); confirmed sorted.
        const found = a.sort((x, y) => x[0] - y[0]).map(match);
        const confirmed = b.map((p, k) => match(p, 100 + k)).sort(byPlace);
        const expected = [...found, ...confirmed].sort(byPlace);
        const got = inPlaceOrder(found, confirmed);
        return got.length === expected.length && got.every((m, k) => m === expected[k]);
      }),
      { numRuns: 500 },
    );
  });
});

describe('charCodes', () => {
  const expected = (text: string) => Array.from({ length: text.length }, (_, i) => text.charCodeAt(i));
  it("holds a text's code units and a 0, with Node's Buffer and with a loop, whatever was read before", () => {
    // Longer and shorter texts in turn: the kept array grows, and is read no further than the text.
    const texts = ['', 'Go', 'C++ and CUDA. '.repeat(3000), 'İstanbul\u00a0résumé 职位要求 \ud83d\ude00 \udc00 x', 'a'.repeat((1 << 20) + 3), 'Rust'];
    for (const buffers of [undefined, null] as const) {
      for (const text of texts) {
        const codes = charCodes(text, buffers);
        // Followed by a 0, which ends the tokenizer's loop over a word.
        expect(codes.length).toBeGreaterThan(text.length);
        expect(Array.from(codes.subarray(0, text.length + 1))).toEqual([...expected(text), 0]);
      }
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (text) => {
        const viaBuffer = Array.from(charCodes(text).subarray(0, text.length));
        const viaLoop = Array.from(charCodes(text, null).subarray(0, text.length));
        return JSON.stringify(viaBuffer) === JSON.stringify(expected(text)) && JSON.stringify(viaLoop) === JSON.stringify(viaBuffer);
      }),
      { numRuns: 300 },
    );
  });

  it('gives the array it holds for the text asked for last, and the codes of any other text', () => {
    for (const buffers of [undefined, null] as const) {
      const first = 'Python and SQL';
      const codes = charCodes(first, buffers);
      expect(charCodes(first, buffers)).toBe(codes);
      // Another text of the same length, then the first again: each read anew.
      const other = 'Kotlin and Go!';
      expect(Array.from(charCodes(other, buffers).subarray(0, other.length + 1))).toEqual([...expected(other), 0]);
      expect(Array.from(charCodes(first, buffers).subarray(0, first.length + 1))).toEqual([...expected(first), 0]);
      // A copy of the text (another string, the same characters) is the same text.
      const copy = [...first].join('');
      expect(Array.from(charCodes(copy, buffers).subarray(0, copy.length + 1))).toEqual([...expected(first), 0]);
    }
  });
});

describe('mayStart', () => {
  it('is true at every token where an alias of the default taxonomy starts, and false at most others', () => {
    const compiled = getDefaultCompiled();
    const starts = phraseStarts(firstKeys(compiled.root).singles, firstKeys(compiled.root).pairs);
    const aliases = compiled.taxonomy.skills.flatMap((s) => [s.name, ...s.aliases.map((a) => a.text)]);
    let tokens = 0;
    let passed = 0;
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...aliases), fc.constantFrom(' ', ', ', '\n', '. ', 'in a ', 'the team ', '(', ')'), fc.string({ maxLength: 3 })), { maxLength: 12 }),
        (parts) => {
          const t = tokenize(parts.join(''));
          for (let i = 0; i < t.count; i++) {
            // The alias a walk of the trie from token i finds, if any.
            let node = compiled.root.get(t.lower(i));
            let found = false;
            for (let j = i + 1; node; j++) {
              if (node.out) found = true;
              if (j >= t.count || !node.next || newlineOf(t, j)) break;
              node = node.next.get(tokenKey(t, j, false));
            }
            const may = mayStart(starts, t, i, true);
            if (found && !may) return false;
            tokens++;
            if (may) passed++;
          }
          return true;
        },
      ),
      { numRuns: 2000 },
    );
    expect(passed / tokens).toBeLessThan(0.8);
  });
});

describe('PhraseSet', () => {
  it('finds every phrase a word-by-word comparison finds, whatever the text', () => {
    const phrases = ['plus', 'is a plus', 'is a big plus', 'will be a plus', 'will be', 'big plus', 'nice to have', 'a', 'be', 'is', 'a plus if', '$', 'C++', 'node . js'];
    const tail = new Set([',', '.']);
    const set = new PhraseSet<'one' | 'tail'>().add('one', phrases).add('tail', ['preferred', 'is preferred'], tail);
    const all: [string, string[], ReadonlySet<string> | undefined][] = [
      ...phrases.map((p): [string, string[], undefined] => ['one', wordsOf(p), undefined]),
      ...['preferred', 'is preferred'].map((p): [string, string[], ReadonlySet<string>] => ['tail', wordsOf(p), tail]),
    ];
    const words = fc.constantFrom('is', 'a', 'big', 'plus', 'will', 'be', 'nice', 'to', 'have', 'if', 'preferred', '$', 'C++', 'node.js', 'IS A');
    // One set for every text: the first few are read in its maps, the rest in the table it makes then.
    fc.assert(
      fc.property(fc.array(fc.oneof(words, fc.constantFrom(' ', '  ', '\n', ', ', '. ')), { maxLength: 16 }), (parts) => {
        const t = tokenize(parts.join(' '));
        const found: string[] = [];
        set.find(t, (kind, from, to) => found.push(`${kind} ${from} ${to}`));
        const expected: string[] = [];
        for (let i = 0; i < t.count; i++) {
          for (const [kind, keys, before] of all) {
            const end = i + keys.length;
            if (end > t.count || keys.some((k, n) => t.lower(i + n) !== k || (n > 0 && newlineOf(t, i + n)))) continue;
            if (before && end < t.count && !newlineOf(t, end) && !before.has(t.lower(end))) continue;
            expected.push(`${kind} ${i} ${end}`);
          }
        }
        expect(found.sort()).toEqual(expected.sort());
      }),
      { numRuns: 3000 },
    );
  });
});

describe('ContextPhrases', () => {
  it('finds each group under its number and hash, and its phrases where the tokens have them, word for word, after growing many times', () => {
    const vocabulary = ['go', 'golang', 'the', 'game', 'is', 'a', 'plus', '.', 'node', 'js', 'résumé', 'İ', '职'];
    const phrase = fc.array(fc.constantFrom(...vocabulary), { minLength: 1, maxLength: 3 });
    fc.assert(
      fc.property(
        // Enough groups for the table to grow once or twice (it starts with room for 32).
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.array(phrase, { minLength: 1, maxLength: 3 })), {
          selector: ([map, ps]) => `${map} ${keyHash(ps[0]![0]!)}`,
          minLength: 1,
          maxLength: 120,
          size: 'max',
        }),
        fc.array(fc.constantFrom(...vocabulary, 'Go', 'PLUS', ' ', '\n'), { maxLength: 20 }),
        (groups, parts) => {
          // Grouped as a rule's map groups its phrases: by the hash of a word (here the first word of the group's first phrase).
          const table = new ContextPhrases();
          const byKey = new Map<string, string[][]>();
          for (const [map, ps] of groups) {
            const hash = keyHash(ps[0]![0]!);
            table.add(map, hash, ps);
            byKey.set(`${map} ${hash}`, ps);
          }
          const t = tokenize(parts.join(' '));
          /** Whether `words` are the tokens from `at`, all before token `n`, compared one by one. */
          const at = (words: string[], from: number, n: number): boolean => from >= 0 && from + words.length <= n && words.every((w, i) => t.lower(from + i) === w);
          for (const [map, ps] of groups) {
            const slot = table.group(map, keyHash(ps[0]![0]!));
            expect(slot).toBeGreaterThanOrEqual(0);
            for (let k = -1; k <= t.count; k++) {
              for (const n of [t.count, Math.max(0, t.count - 2)]) expect(table.startsAt(t, n, k, slot)).toBe(ps.some((words) => at(words, k, n)));
              if (k >= 0) expect(table.endsAt(t, k, slot)).toBe(ps.some((words) => at(words, k - words.length, k)));
            }
          }
          // A number and hash under which nothing was added: no group.
          for (let map = 0; map <= 41; map++) {
            for (const w of vocabulary) if (!byKey.has(`${map} ${keyHash(w)}`)) expect(table.group(map, keyHash(w))).toBe(-1);
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('wordsOf', () => {
  it('cuts a phrase as the tokenizer does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom('a', 'Plus', 'X1', ' ', '  ', '-', "'", '.', 'é', '优先'), fc.string({ maxLength: 4 })), { maxLength: 8 }),
        (parts) => {
          const phrase = parts.join('');
          const tokens = tokenize(phrase);
          expect(wordsOf(phrase)).toEqual(Array.from({ length: tokens.count }, (_, i) => tokens.lower(i)));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('Reused', () => {
  it('lends its buffer to one user at a time and keeps the largest given back, up to its limit', () => {
    const reused = new Reused(1 << 20);
    const a = reused.take(40);
    const b = reused.take(40); // while a is out: another buffer
    expect(b).not.toBe(a);
    reused.give(a);
    expect(reused.take(20)).toBe(a);
    reused.give(a);
    const larger = reused.take(a.byteLength + 1); // a is too small: a new one
    expect(larger.byteLength).toBeGreaterThan(a.byteLength);
    reused.give(larger);
    reused.give(b); // smaller than the kept one: not kept
    expect(reused.take(1)).toBe(larger);
    reused.give(larger);
    reused.give(new ArrayBuffer((1 << 20) + 1)); // larger, but over the limit
    expect(reused.take(1)).toBe(larger);
  });
});

/** Walks the trie's maps and the flat table side by side from each token, and expects them to agree at every step. */
function expectSameWalks(root: ReadonlyMap<string, TrieNode>, flat: FlatTrie<TrieNode, readonly CompiledAlias[], CompiledAlias>, t: Tokens): void {
  for (let i = 0; i < t.count; i++) {
    let node = root.get(t.lower(i));
    let slot = flat.first(t, i, t.hash[i]!);
    for (let j = i; ; ) {
      expect(slot >= 0, `token ${i}, key ${j}`).toBe(node !== undefined);
      if (!node) break;
      const info = flat.info(slot);
      expect((info & HAS_OUT) !== 0).toBe(node.out !== undefined);
      if (node.out) {
        const outs = outsOf(node)!;
        expect(flat.value(slot)).toStrictEqual(outs);
        // A node with one alias of any case has it as its single, with its entry and whether it has a rule.
        const single = flat.single(slot);
        if (outs.length === 1 && outs[0]!.exact === null) {
          expect(single).toBeGreaterThanOrEqual(0);
          expect(flat.singleAt(single)).toBe(outs[0]);
          expect(flat.singleData(slot)).toBe(outs[0]!.entry * 2 + (outs[0]!.rule ? 1 : 0));
        } else expect(single).toBe(-1);
      }
      expect((info & HAS_NEXT) !== 0).toBe(node.next !== undefined);
      j++;
      if (j >= t.count || !node.next) break;
      node = node.next.get(tokenKey(t, j, false));
      slot = flat.next(slot, t, j, markedKey(t, j) ? markHash(t.hash[j]!) : t.hash[j]!);
    }
  }
}

describe('FlatTrie', () => {
  it("finds what the trie's maps have, key for key, with and without the whitespace mark", () => {
    // Aliases that share first words and whole keys under different parents, punctuation with and
    // without the mark ("Node.js", "Node. js"), and words whose lowercase is longer ("İ").
    const words = ['Node', 'js', '.', 'C', '+', 'Résumé', 'İ', '职', 'a', 'Dash', '3D', 'go', 'Go'];
    const alias = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).chain((ws) =>
      fc.array(fc.constantFrom(' ', ''), { minLength: ws.length - 1, maxLength: ws.length - 1 }).map((gaps) => ws.map((w, k) => (k ? gaps[k - 1] : '') + w).join('')),
    );
    fc.assert(
      fc.property(fc.uniqueArray(alias, { minLength: 1, maxLength: 12 }), fc.array(fc.oneof(fc.constantFrom(...words, 'x', 'nodes'), fc.constantFrom(' ', '', '\n')), { maxLength: 24 }), (aliases, parts) => {
        const skills = aliases.map((a, k) => ({ id: `s-${k}`, name: `Skill ${k}`, category: 'developer-tool' as const, aliases: [a] }));
        const { root } = compileTaxonomy(makeTaxonomy(skills.map(normalizeEntry)));
        expectSameWalks(root, aliasTable(root), tokenize(parts.join('')));
      }),
      { numRuns: 500 },
    );
  });

  it('tells a key with the whitespace mark from the same word without it, wherever they lie in the table', () => {
    // "w.js" and "w .js" put "." and " ." under the same parent: the mark is told by the hash alone.
    fc.assert(
      fc.property(fc.stringMatching(/^[a-z]{1,8}$/), (w) => {
        const aliases = [`${w}.js`, `${w} .js`, `${w}+`, `${w} +`, `${w}.net`];
        const skills = aliases.map((a, k) => ({ id: `s-${k}`, name: `Skill ${k}`, category: 'developer-tool' as const, aliases: [a] }));
        const { root } = compileTaxonomy(makeTaxonomy(skills.map(normalizeEntry)));
        expectSameWalks(root, aliasTable(root), tokenize(`${w}.js ${w} .js ${w}+ ${w} + ${w} .net ${w}. js`));
      }),
      { numRuns: 500 },
    );
  });

  it("finds what the default taxonomy's prebuilt maps have, over the sample postings", () => {
    const { root } = getDefaultCompiled();
    const flat = aliasTable(root);
    for (const file of readdirSync('seeds').filter((f) => f.endsWith('.txt'))) expectSameWalks(root, flat, tokenize(readFileSync(`seeds/${file}`, 'utf8')));
  });

  it('finds keys of any length, and keys added after it has grown many times', () => {
    const long = 'x'.repeat(70_000);
    const skills = [long, ...Array.from({ length: 300 }, (_, k) => `tool ${k} kit`)].map((a, k) => normalizeEntry({ id: `s-${k}`, name: `Skill ${k}`, category: 'developer-tool', aliases: [a] }));
    const { root } = compileTaxonomy(makeTaxonomy(skills));
    expectSameWalks(root, aliasTable(root), tokenize(`${long} ${Array.from({ length: 300 }, (_, k) => `tool ${k} kit`).join(', ')} tool 300 kit`));
  });

  it('matches alike before and after the matcher makes the table', () => {
    // A small taxonomy: the table is made after a few dozen first tokens looked up.
    const names = /^(?:Python|C\+\+|Node\.js|CUDA|Apache Spark|Go|R|Microsoft Excel|JavaScript|C)$/;
    const compiled = compileTaxonomy(makeTaxonomy(defaultTaxonomy.skills.filter((s) => names.test(s.name))));
    expect(compiled.taxonomy.skills.length).toBeGreaterThan(8);
    const text = 'Requirements: Python, C++, Node.js and CUDA; Node. JS; Apache Spark or Spark; go, Go; 5+ years. Nice to have: R, Excel.\n'.repeat(40);
    const matches = () => matchSkills(compiled, text, tokenize(text)).map((m) => [m.entry, m.start, m.end, m.alias.text, m.confirmedBy].join());
    expect(hasFlatTrie(compiled)).toBe(false);
    // The first text is matched in the trie's maps: it looks up more first tokens than there are first keys.
    const before = matches();
    expect(before.length).toBeGreaterThan(300);
    expect(hasFlatTrie(compiled)).toBe(true);
    expect(matches()).toEqual(before);
  });
});
