import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ABBREVIATIONS, CLAUSE_MARK, listMarkAt, splitClauses } from '../../src/segment/clauses.js';
import { CLAUSE_MARKS, tokenize } from '../../src/match/tokenize.js';

const texts = (text: string) => splitClauses(text).map((c) => [text.slice(c.start, c.end), c.bullet]);

describe('splitClauses', () => {
  it.each([
    ['Python is required. Go is a plus!', [['Python is required.', false], ['Go is a plus!', false]]],
    ['Ph.D. or M.S. in CS, e.g. physics; 5+ yrs. preferred', [['Ph.D. or M.S. in CS, e.g. physics;', false], ['5+ yrs. preferred', false]]],
    ['• CUDA\n• C++ • Python\n  • Rust', [['• CUDA', true], ['• C++', true], ['• Python', true], ['• Rust', true]]],
    ['1. Go\n12. C++. Rust\na. Java\na) Rust\n职位要求。熟悉Linux；', [['1. Go', true], ['12. C++.', true], ['Rust', false], ['a. Java', true], ['a) Rust', true], ['职位要求。', false], ['熟悉Linux；', false]]],
    ['version 3.5 of the API. Done', [['version 3.5 of the API.', false], ['Done', false]]],
    // Abbreviations of up to six letters and dots, in any case, end no sentence; longer words do.
    ['APPROX. 5 yrs. B.Eng. or M.Sc. Approxs. Go', [['APPROX. 5 yrs. B.Eng. or M.Sc. Approxs.', false], ['Go', false]]],
  ])('%j', (text, expected) => {
    expect(texts(text)).toEqual(expected);
  });

  // The definition, one character at a time; splitClauses skips to the characters that may end a clause.
  const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;
  const byChar = (text: string): [number, number, boolean][] => {
    const out: [number, number, boolean][] = [];
    let start = 0;
    let lineStart = true;
    const push = (end: number): void => {
      let s = start;
      while (s < end && (isSpace(text.charCodeAt(s)) || text.charCodeAt(s) === 10)) s++;
      let e = end;
      while (e > s && (isSpace(text.charCodeAt(e - 1)) || text.charCodeAt(e - 1) === 10)) e--;
      if (e > s) out.push([s, e, text.charCodeAt(s) === 0x2022 || /^(?:\d{1,2}|[a-z])[.)]\s/.test(text.slice(s, s + 4))]);
    };
    const sentenceDot = (i: number): boolean => {
      const next = text.charCodeAt(i + 1);
      if (!(Number.isNaN(next) || isSpace(next) || next === 10)) return false;
      let k = i - 1;
      while (k >= 0 && i - k <= 8 && /[A-Za-z.]/.test(text[k]!)) k--;
      return !ABBREVIATIONS.has(text.slice(k + 1, i).toLowerCase());
    };
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) {
        push(i);
        start = i + 1;
        lineStart = true;
        continue;
      }
      if (c === 0x2022 && i > start && !lineStart) {
        push(i);
        start = i;
        continue;
      }
      if (!isSpace(c)) lineStart = false;
      // A list item's number or letter ("1.", "a.") does not end a sentence.
      const listNumber = /^\s*(?:\d{1,2}|[a-z])$/.test(text.slice(start, i));
      if ('!?;\u3002\uff01\uff1f\uff1b'.includes(text[i]!) || (c === 46 && sentenceDot(i) && !listNumber)) {
        push(i + 1);
        start = i + 1;
      }
    }
    push(text.length);
    return out;
  };

  it('equals the character-by-character definition', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', '  ', '\t', '\u00a0', '\n', '•', '.', '. ', '!', '?', ';', '。', '；', 'e.g.', 'Ph.D.', 'no.', '1.', 'a)', 'x', 'Go', '3.5', '职位'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
        expect(splitClauses(text).map((c) => [c.start, c.end, c.bullet])).toEqual(byChar(text));
      }),
      { numRuns: 3000 },
    );
  });

  describe('from the marks the tokenizer found', () => {
    it('the tokenizer marks the characters the pattern finds', () => {
      for (let c = 0; c <= 0xffff; c++) {
        const ch = String.fromCharCode(c);
        CLAUSE_MARK.lastIndex = 0;
        expect(CLAUSE_MARK.test(ch), `U+${c.toString(16)}`).toBe(CLAUSE_MARKS.includes(ch));
      }
    });

    const piece = fc.oneof(
      fc.constantFrom(' ', '\t', '\n', '\r', '\r\n', '\u2028', '\u0085', '•', '·', '.', '. ', '!', '?', ';', '。', '！', '？', '；', '：', '-', '_', 'e.g.', '1.', 'a)', 'Go', '3.5', '职位', '😀', '\ud800'),
      fc.string({ maxLength: 3 }),
      fc.string({ maxLength: 3, unit: 'binary' }),
    );
    it('finds every mark in order, and the same clauses as a search of the text', () => {
      fc.assert(
        fc.property(fc.array(piece, { maxLength: 30 }).map((p) => p.join('')), (text) => {
          const tokens = tokenize(text);
          const marks = [...tokens.clauseMarks.subarray(0, tokens.clauseMarkCount)];
          expect(marks).toEqual([...text.matchAll(new RegExp(CLAUSE_MARK.source, 'g'))].map((m) => m.index));
          expect(splitClauses(text, tokens)).toEqual(splitClauses(text));
        }),
        { numRuns: 5000 },
      );
    });

    it('keeps the marks of a text longer than the first buffer', () => {
      const text = 'Go. Rust!\n'.repeat(5000);
      const tokens = tokenize(text);
      expect(tokens.clauseMarkCount).toBe(15000);
      expect(splitClauses(text, tokens)).toEqual(splitClauses(text));
      tokens.release();
      // The next text reuses the grown buffer: its own marks, none of the text before.
      const next = tokenize('Python; SQL');
      expect([...next.clauseMarks.subarray(0, next.clauseMarkCount)]).toEqual([6]);
    });
  });

  it("tells a list item's number or letter as its pattern does, without running it where it cannot match", () => {
    const LIST_MARK = /(?:\d{1,2}|[a-z])[.)]\s/y;
    const piece = fc.constantFrom('1', '12', '123', 'a', 'B', 'é', '.', ')', ' ', '\t', '\n', '\u00a0', 'x', '-', '·');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 6 }).map((p) => p.join('')), fc.nat(), (text, a) => {
        const at = a % (text.length + 1);
        LIST_MARK.lastIndex = at;
        return listMarkAt(text, at) === LIST_MARK.test(text);
      }),
      { numRuns: 20000 },
    );
  });
});
