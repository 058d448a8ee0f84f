import { decodeReference } from './entities.js';
import { TagReader } from './html.js';
import { isMojibakeLead, repairMojibake } from './mojibake.js';
import { nodeBuffer, type NodeBufferInstance } from './node-buffer.js';
import { ChainedMap, OffsetMap, PieceBuilder, type TextMap } from './offsets.js';

/** Cleaned posting text and the way back to the caller's string. */
export interface CleanText {
  /** The cleaned text every later step reads. */
  readonly text: string;
  readonly map: TextMap;
  /** Clean offsets of lines that were marked up as headings (`#`, `**...**`, `<h2>`, `<strong>`). */
  readonly headingLines: readonly number[];
}

/**
 * The bullet of clean text: "·" (U+00B7), which every bullet character becomes. It is a Latin-1
 * character, so that a text with no other character above U+00FF stays one byte per character.
 */
export const BULLET = '\u00b7';

/** Characters replaced one for one: quotes, dashes, spaces, bullets, fullwidth colon. */
const SUBSTITUTE = new Map<number, string>([
  [0x2018, "'"], [0x2019, "'"], [0x201a, "'"], [0x2032, "'"], [0x201c, '"'], [0x201d, '"'], [0x201e, '"'],
  [0x2013, '-'], [0x2014, '-'], [0x2015, '-'], [0x2212, '-'], [0x2010, '-'], [0x2011, '-'],
  [0x00a0, ' '], [0x2002, ' '], [0x2003, ' '], [0x2007, ' '], [0x2009, ' '], [0x200a, ' '], [0x202f, ' '], [0x3000, ' '],
  [0x2028, '\n'], [0x2029, '\n'], [0x0085, '\n'],
  [0x2022, BULLET], [0x25cf, BULLET], [0x25aa, BULLET], [0x25e6, BULLET], [0x2023, BULLET], [0x2043, BULLET], [0x25a0, BULLET],
  [0x25ba, BULLET], [0x27a2, BULLET], [0x2714, BULLET], [0xf0b7, BULLET], [0x25cb, BULLET], [0x2219, BULLET], [0x25fe, BULLET],
  [0xff1a, ':'], [0xff1b, ';'], [0xff0c, ','], [0xff08, '('], [0xff09, ')'],
]);
/** Characters dropped: zero-width spaces and joiners, byte-order marks, soft hyphens. */
const DROP = new Set([0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]);

/**
 * Characters that may need work: some ASCII ones, and every character above ASCII. Everything else
 * is copied; a run of such characters ends where this pattern finds one.
 */
const SPECIAL_CHAR = /[\0-\x09\x0b-\x1f<&*#`[\]_+>:.\x7f-\uffff-]/g;
/** The ASCII characters of SPECIAL_CHAR, by code. */
const SPECIAL = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  SPECIAL_CHAR.lastIndex = 0;
  SPECIAL[c] = SPECIAL_CHAR.test(String.fromCharCode(c)) ? 1 : 0;
}

const isWordChar = (c: number): boolean =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c >= 0xc0;
const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 0xa0;
/** A "w" or "W" at `i`. */
const isW = (s: string, i: number): boolean => (s.charCodeAt(i) | 32) === 119;

/**
 * Cleans until nothing changes: decoding can uncover more to clean ("&amp;lt;b&amp;gt;" becomes a
 * tag, "â&#128;&#153;" mojibake), so a text that changed is cleaned again, at most three times.
 */
export function normalize(input: string): CleanText {
  let result = normalizeOnce(input);
  for (let pass = 1; pass < 3 && result.again; pass++) {
    const next = normalizeOnce(result.text);
    if (next.text === result.text) break;
    const map = new ChainedMap(result.map, next.map);
    // The lines marked up as headings in the text before ("<h2>", "**...**" that are gone now) stay marked.
    const headingLines = [...new Set([...result.headingLines.map((at) => forward(next.map, at)), ...next.headingLines])];
    result = { text: next.text, map, headingLines, again: next.again, wide: result.wide || next.wide, keptWide: next.keptWide };
  }
  // A text that never had a character above U+00FF was one byte per character all along.
  // One that had, and has none left (quotes, dashes and bullets replaced), is made one byte per character.
  return { text: result.wide && !result.keptWide ? compact(result.text) : result.text, map: result.map, headingLines: result.headingLines };
}

/** The first index of a cleaned text whose character comes from input offset `at` or after it. */
function forward(map: TextMap, at: number): number {
  let lo = 0;
  let hi = map.cleanLength;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.start(mid) >= at) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

const WIDE = /[^\u0000-\u00ff]/;

/** The buffer `compact` writes through, grown as texts need (up to COMPACT_KEPT bytes kept). */
let compactBuffer: NodeBufferInstance | null = null;
const COMPACT_KEPT = 1 << 20;

/**
 * A text none of whose characters is above U+00FF stored one byte per character (in Node): V8 keeps a
 * string cut from text with wider characters two bytes wide, and every later pass reads a one-byte
 * string faster. It is written into a buffer kept from one text to the next, which is read back:
 * a buffer made for each text costs several times the copy.
 */
export function compact(text: string): string {
  if (!nodeBuffer) return text;
  if (text.length > COMPACT_KEPT) return nodeBuffer.from(text, 'latin1').toString('latin1');
  if (compactBuffer === null || compactBuffer.length < text.length) {
    compactBuffer = nodeBuffer.allocUnsafeSlow(Math.min(COMPACT_KEPT, Math.max(1 << 14, text.length * 2)));
  }
  const written = compactBuffer.write(text, 0, text.length, 'latin1');
  return compactBuffer.toString('latin1', 0, written);
}

/**
 * Characters of mis-decoded UTF-8 but the bullet "·" (U+00B7): Latin-1, and the Windows-1252 characters
 * above it.
 */
const MOJIBAKE = String.raw`\u0080-\u00b6\u00b8-\u00ff\u2018-\u203a\u20ac\u2122\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc`;
/** Characters that a second pass might act on when a replacement put them next to each other. */
export const REACTIVE = new RegExp(`[&<>*_#\`[\\]\\u00b7${MOJIBAKE}]`);
/**
 * REACTIVE but for the bullet "·" (see `reactiveText`): bullets are written by most lists ("<li>",
 * "- " at a line's start), and a second pass over the whole text for each would find nothing to do.
 */
export const REACTIVE_BUT_BULLET = new RegExp(`[&<>*_#\`[\\]${MOJIBAKE}]`);
/**
 * REACTIVE_BUT_BULLET but for "<" and "&": what a deletion brings next to the text before it. Those
 * two start a tag or a reference but end nothing ("*" deleted before "</li>"); the others end
 * Markdown markers, tags and mojibake, or are markers at a line's start.
 */
export const REACTIVE_AFTER = new RegExp(`[*_#\`[\\]>${MOJIBAKE}]`);

/** `lookAt`: the text has a character above U+00FF (WIDE); one of REACTIVE_BUT_BULLET. */
const TEXT_WIDE = 1;
const TEXT_REACTIVE = 2;
/** The last text `lookAt` looked at, and what it found: most replacements are one of a few texts ("\n", " ", "\n· "). */
let lookedAt = '';
let looked = 0;
function lookAt(text: string): number {
  if (text !== lookedAt) {
    lookedAt = text;
    looked = (WIDE.test(text) ? TEXT_WIDE : 0) | (REACTIVE_BUT_BULLET.test(text) ? TEXT_REACTIVE : 0);
  }
  return looked;
}

/** What a pass reads a URL by: "www.", "http://" or "https://" (see `urlStart`). */
const URL_START = /www\.|https?:\/\//gi;
/** A character of URL_START: "w", "h", "t", "p", "s" in either case, ".", ":" or "/". */
const isUrlStartChar = (c: number): boolean => {
  const lower = c | 32;
  return lower === 119 || lower === 104 || lower === 116 || lower === 112 || lower === 115 || c === 46 || c === 58 || c === 47;
};

const isAsciiAlphanumeric = (c: number): boolean => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * One cleaning pass: decodes HTML entities (also double-encoded ones), drops tags (block
 * elements become line breaks, list items bullets), repairs UTF-8 mojibake, strips Markdown markers
 * (`**`, `#`, backticks, link targets) and URLs, unifies quotes, dashes, spaces and bullets. Keeps
 * an offset map back to the input. Linear in the input.
 */
export function normalizeOnce(input: string): CleanText & { again: boolean; wide: boolean; keptWide: boolean } {
  const n = input.length;
  const pieces = new PieceBuilder();
  const parts: string[] = [];
  const headingLines: number[] = [];
  let out = 0; // length of the clean text so far
  let runStart = 0; // start of the pending run copied verbatim from the input
  let lineStart = true; // only whitespace since the last line break in the clean text
  let linkClose = -1; // index of `](` ending a Markdown link whose `[` was dropped
  let linkEnd = -1; // index after the `)` of that link
  let linkSearch = -1; // cached searches, so that a text full of `[` stays linear
  let eolSearch = -1;
  let parenSearch = -1;
  let tags: TagReader | null = null;
  let again = false; // a replacement may have made something a second pass would clean
  let wide = false; // a character above U+00FF was read or written
  let keptWide = false; // one is in the clean text: kept as it was, or in a replacement
  let openAngle = false; // a '<' was kept and no '>' came after it: a replacement may complete a tag ("<A* >")

  pieces.copy(0, 0);

  const flush = (to: number): void => {
    if (to > runStart) {
      pieces.copy(out, runStart);
      parts.push(input.slice(runStart, to));
      out += to - runStart;
    }
  };
  /** Replaces input [from, to) with `text`. */
  const replace = (from: number, to: number, text: string): void => {
    if (!again) {
      // After a "<" kept with no ">" since, any replacement may complete a tag ("<A* >", "<x<p>>").
      again =
        openAngle ||
        (text ? reactiveText(text, from, to) : REACTIVE_AFTER.test(input.charAt(to)) || reactiveBefore(cleanCharBefore(from))) ||
        madeAtEdges(from, to, text);
    }
    flush(from);
    pieces.replace(out, from, to);
    if (text && !keptWide && lookAt(text) & TEXT_WIDE) wide = keptWide = true;
    if (text) parts.push(text);
    out += text.length;
    runStart = to;
    pieces.copy(out, to);
  };
  /**
   * Whether the text replacing input [from, to) may make something a second pass would clean. A "&"
   * starts no reference when the letters and digits after it end in a character copied as it is
   * ("R&amp;D is", "R&amp; D": a reference they start was decoded with the "&amp;"). A bullet after
   * an ASCII character ends no mojibake ("<li>" is "\n· ", a list marker is only after whitespace):
   * only after a character of a mis-decoded UTF-8 sequence would it be one of its bytes.
   */
  const reactiveText = (text: string, from: number, to: number): boolean => {
    if (text === '&') {
      let k = to;
      while (k < n && isAsciiAlphanumeric(input.charCodeAt(k))) k++;
      const c = input.charCodeAt(k);
      return k < n && (c >= 128 || SPECIAL[c] !== 0);
    }
    if (lookAt(text) & TEXT_REACTIVE) return true;
    for (let k = text.indexOf(BULLET); k >= 0; k = text.indexOf(BULLET, k + 1)) {
      if ((k > 0 ? text.charCodeAt(k - 1) : cleanCharBefore(from)) >= 128) return true;
    }
    return false;
  };
  /**
   * Whether replacing input [from, to) with `text` makes, at its edges, what a second pass would
   * read: a marker before a space, which at a line's start is a list item's or a quote's ("-** x",
   * "&#45; x", ">&nbsp;x"), or, out of the characters on both sides of a deletion, a reference
   * ("&l*t;") or the start of a URL ("ww`w.x.com").
   */
  const madeAtEdges = (from: number, to: number, text: string): boolean => {
    const before = cleanCharBefore(from);
    const after = text ? text.charCodeAt(0) : input.charCodeAt(to);
    if ((before === 45 || before === 43 || before === 42 || before === 62 || before === 35) && isSpace(after)) return true;
    const last = text.charCodeAt(text.length - 1);
    if ((last === 45 || last === 43) && isSpace(input.charCodeAt(to))) return true;
    if (text) return false;
    if (isAsciiAlphanumeric(before) && (isAsciiAlphanumeric(after) || after === 59 || after === 35) && referenceBefore(from)) return true;
    return isUrlStartChar(before) && isUrlStartChar(after) && urlAcross(from, to);
  };
  /**
   * Whether "www." or "http://" runs across a deletion of input [from, to), in the characters copied
   * as they are before it and the input after it ("ww`w.x.com", "http**://x").
   */
  const urlAcross = (from: number, to: number): boolean => {
    const left = input.slice(Math.max(runStart, from - 7), from);
    for (const m of (left + input.slice(to, to + 7)).matchAll(URL_START)) {
      if (m.index < left.length && m.index + m[0].length > left.length) return true;
    }
    return false;
  };
  /** Whether letters, digits and "#" copied as they are run back from `from` to an "&" copied as it is. */
  const referenceBefore = (from: number): boolean => {
    for (let k = from - 1; k >= runStart && from - k <= 32; k--) {
      const c = input.charCodeAt(k);
      if (c === 38) return true;
      if (!isAsciiAlphanumeric(c) && c !== 35) return false;
    }
    return false;
  };
  /**
   * Whether the clean text's character `c` may make something with the characters after a deletion
   * that a second pass would clean. A bullet could only be a mojibake byte after a lead character, and
   * that pair is next to each other already.
   */
  const reactiveBefore = (c: number): boolean => c >= 0 && REACTIVE_BUT_BULLET.test(String.fromCharCode(c));
  /** The last character of the clean text before input offset `from` (a replacement's start), or -1. */
  const cleanCharBefore = (from: number): number => {
    if (from > runStart) return input.charCodeAt(from - 1);
    const last = parts[parts.length - 1];
    return last === undefined ? -1 : last.charCodeAt(last.length - 1);
  };
  /**
   * A reference's character as a character written out becomes ("&rsquo;" is "'", "&ndash;" "-",
   * "&bull;" "·", "&shy;" nothing), but for one a pass reacts to after a character that is not ASCII:
   * it may end mojibake there ("Ã&#8220;" is "Ó"), which the next pass reads.
   */
  const substituteNow = (text: string, at: number, to: number): string => {
    if (text.length !== 1) return text;
    const c = text.charCodeAt(0);
    // A control character written as a reference ("&#13;", "&#7;") as one written out becomes.
    if (c === 13) return '\n';
    if ((c < 32 && c !== 10) || c === 127) return ' ';
    const sub = DROP.has(c) ? '' : substituteFor(c, to);
    return sub === undefined || (REACTIVE.test(text) && cleanCharBefore(at) >= 128) ? text : sub;
  };
  /**
   * What the character `c` is replaced with (SUBSTITUTE), or undefined; a dash written for "-" is a
   * bullet where "-" would be one: at a line's start, before a space ("– Python"). `next` is the
   * input offset after the character as written.
   */
  const substituteFor = (c: number, next: number): string | undefined => {
    const sub = SUBSTITUTE.get(c);
    return sub === '-' && lineStart && isSpace(input.charCodeAt(next)) ? BULLET : sub;
  };
  /** Replaces one character with another, keeping the piece index for index. */
  const substitute = (at: number, ch: string): void => {
    flush(at);
    pieces.copy(out, at);
    parts.push(ch);
    out += 1;
    runStart = at + 1;
  };
  /** The reference at `at` whose body starts at `bodyAt`: its text and its length from `at`. */
  const decodeEntity = (at: number, bodyAt: number): { length: number; text: string } | null => {
    const ref = decodeReference(input, bodyAt);
    return ref && { length: bodyAt - at + ref.length, text: ref.text };
  };

  let i = 0;
  while (i < n) {
    const c = input.charCodeAt(i);
    if (c < 128 && SPECIAL[c] === 0) {
      // A run of characters copied as they are (most of a posting): its end found by a pattern, and
      // whether it leaves the clean text at a line's start by its last character that is not a space.
      SPECIAL_CHAR.lastIndex = i + 1;
      const j = SPECIAL_CHAR.test(input) ? SPECIAL_CHAR.lastIndex - 1 : n;
      let k = j - 1;
      while (k > i && input.charCodeAt(k) === 32) k--;
      if (c !== 32 || k > i) lineStart = input.charCodeAt(k) === 10;
      i = j;
      continue;
    }
    if (c === 62) openAngle = false;

    if (lineStart && (c === 35 || c === 42 || c === 45 || c === 43 || c === 62 || c === 95)) {
      const done = lineMarker(i, c);
      if (done > i) {
        i = done;
        continue;
      }
    }

    switch (c) {
      case 60: {
        // <
        const end = dropTag(i, false);
        if (end > i) {
          i = end;
          continue;
        }
        // Kept: a replacement after it may complete a tag.
        openAngle = true;
        break;
      }
      case 38: {
        // &
        if (input.startsWith('&lt;', i)) {
          const end = dropTag(i, true);
          if (end > i) {
            i = end;
            continue;
          }
        }
        let entity = decodeEntity(i, i + 1);
        // Double-encoded: "&amp;amp;", "&amp;#39;" decode in one step.
        if (entity && entity.text === '&' && entity.length === 5) entity = decodeEntity(i, i + 5) ?? entity;
        if (entity) {
          const text = entity.text === '\u00a0' ? ' ' : substituteNow(entity.text, i, i + entity.length);
          replace(i, i + entity.length, text);
          if (text === '\n') lineStart = true;
          else lineStart &&= text.trim() === '';
          i += entity.length;
          continue;
        }
        break;
      }
      case 42: {
        // * : emphasis markers are dropped; a lone star between spaces stays
        if (input.charCodeAt(i + 1) === 42) {
          replace(i, i + 2, '');
          i += 2;
          continue;
        }
        if (!(isSpace(input.charCodeAt(i - 1)) && isSpace(input.charCodeAt(i + 1)))) {
          replace(i, i + 1, '');
          i++;
          continue;
        }
        break;
      }
      case 95: {
        // __bold__ markers next to a space or line edge
        if (input.charCodeAt(i + 1) === 95 && !(isWordChar(input.charCodeAt(i - 1)) && isWordChar(input.charCodeAt(i + 2)))) {
          replace(i, i + 2, '');
          i += 2;
          continue;
        }
        break;
      }
      case 96: // `
        replace(i, i + 1, '');
        i++;
        continue;
      case 91: {
        // [text](url): drop the brackets and the target, keep the text
        if (linkSearch <= i) {
          linkSearch = input.indexOf('](', i + 1);
          if (linkSearch < 0) linkSearch = n;
        }
        if (eolSearch <= i) {
          eolSearch = input.indexOf('\n', i + 1);
          if (eolSearch < 0) eolSearch = n;
        }
        const close = linkSearch;
        if (close < n && close - i < 300 && close < eolSearch) {
          if (parenSearch <= close) {
            parenSearch = input.indexOf(')', close + 2);
            if (parenSearch < 0) parenSearch = n;
          }
          if (parenSearch < n && parenSearch - close < 2000) {
            replace(i, i + 1, '');
            linkClose = close;
            linkEnd = parenSearch + 1;
            i++;
            continue;
          }
        }
        break;
      }
      case 93: // ]
        if (i === linkClose) {
          replace(i, linkEnd, '');
          i = linkEnd;
          linkClose = -1;
          continue;
        }
        break;
      case 13:
        // \r\n -> \n, \r -> \n
        if (input.charCodeAt(i + 1) === 10) replace(i, i + 2, '\n');
        else substitute(i, '\n');
        lineStart = true;
        i += input.charCodeAt(i + 1) === 10 ? 2 : 1;
        continue;
      case 58: // : of http:// and https://
      case 46: {
        // . of www.
        const start = c === 58 ? urlStart(input, i) : i >= 3 && isW(input, i - 1) && isW(input, i - 2) && isW(input, i - 3) ? i - 3 : -1;
        if (start >= runStart && start >= 0 && !isWordChar(input.charCodeAt(start - 1))) {
          const end = urlEnd(input, c === 58 ? i + 3 : i + 1);
          if (end > i + 1) {
            replace(start, end, ' ');
            i = end;
            continue;
          }
        }
        break;
      }
      default:
        if (c < 32 || c === 127) {
          substitute(i, c === 9 ? ' ' : ' ');
          i++;
          continue;
        }
        if (c < 128) {
          lineStart = false;
          i++;
          continue;
        }
    }

    if (c >= 128) {
      if (c > 0xff) wide = true;
      if (isMojibakeLead(c)) {
        const fixed = repairMojibake(input, i);
        if (fixed) {
          const text = substituteFor(fixed.text.charCodeAt(0), i + fixed.length) ?? fixed.text;
          replace(i, i + fixed.length, text);
          if (text === '\n') lineStart = true;
          else if (text !== ' ') lineStart = false;
          i += fixed.length;
          continue;
        }
      }
      const sub = substituteFor(c, i + 1);
      if (sub !== undefined) {
        substitute(i, sub);
        if (sub === '\n') lineStart = true;
        else if (sub !== ' ') lineStart = false;
        i++;
        continue;
      }
      if (DROP.has(c)) {
        replace(i, i + 1, '');
        i++;
        continue;
      }
      if (c > 0xff) keptWide = true;
      lineStart = false;
      i++;
      continue;
    }

    // A character with nothing to do after all.
    lineStart = false;
    i++;
  }
  flush(n);

  return {
    text: parts.length === 1 && runStart === 0 ? input : parts.join(''),
    map: new OffsetMap(pieces, out, n),
    headingLines,
    again,
    wide,
    keptWide,
  };

  /** Replaces a tag (written, or escaped as `&lt;...&gt;`) at `i`; returns the index after it, or `i`. */
  function dropTag(i: number, escaped: boolean): number {
    tags ??= new TagReader(input);
    const tag = tags.read(i, escaped);
    if (!tag) return i;
    // The heading's line starts after what the tag becomes (a line break for <h1>-<h6>, nothing for <b>).
    if (tag.heading && lineStart) headingLines.push(out + (i - runStart) + tag.text.lastIndexOf('\n') + 1);
    replace(i, i + tag.length, tag.text);
    if (tag.text.includes('\n')) lineStart = true;
    return i + tag.length;
  }

  /**
   * Markdown markers at the start of a line: `#` headings, `*`/`-`/`+` bullets, `>` quotes, `**bold**`
   * lines. Returns the index after what was handled, or `i` when nothing was.
   */
  function lineMarker(i: number, c: number): number {
    if (c === 35) {
      let k = i;
      while (k < n && input.charCodeAt(k) === 35 && k - i < 6) k++;
      if (isSpace(input.charCodeAt(k))) {
        headingLines.push(out + (i - runStart));
        replace(i, k + 1, '');
        return k + 1;
      }
      return i;
    }
    if ((c === 42 || c === 45 || c === 43) && isSpace(input.charCodeAt(i + 1))) {
      replace(i, i + 1, BULLET);
      lineStart = false;
      return i + 1;
    }
    if (c === 62 && isSpace(input.charCodeAt(i + 1))) {
      replace(i, i + 2, '');
      return i + 2;
    }
    if ((c === 42 || c === 95) && input.charCodeAt(i + 1) === c) {
      // A line wrapped in ** (or __) is a heading in bold-line form.
      if (eolSearch <= i) {
        eolSearch = input.indexOf('\n', i);
        if (eolSearch < 0) eolSearch = n;
      }
      const eol = eolSearch;
      const line = input.slice(i, Math.min(eol, i + 200)).trimEnd();
      const marker = c === 42 ? '**' : '__';
      if (line.length > 4 && (line.endsWith(marker) || line.endsWith(marker + ':') || line.endsWith(':' + marker))) {
        headingLines.push(out + (i - runStart));
      }
    }
    return i;
  }
}

/** The start of "http" or "https" ending at the `:` at `i` when "//" follows, else -1. */
function urlStart(text: string, i: number): number {
  if (text.charCodeAt(i + 1) !== 47 || text.charCodeAt(i + 2) !== 47) return -1;
  if (i >= 5 && text.slice(i - 5, i).toLowerCase() === 'https') return i - 5;
  if (i >= 4 && text.slice(i - 4, i).toLowerCase() === 'http') return i - 4;
  return -1;
}

/** The end of the rest of a URL from `k` on. */
function urlEnd(text: string, k: number): number {
  const i = k;
  while (k < text.length) {
    const c = text.charCodeAt(k);
    if (c <= 32 || c === 60 || c === 62 || c === 34 || c === 41 || c === 93 || c === 0xa0 || c > 0x7e) break;
    k++;
  }
  // Trailing sentence punctuation is not part of the URL.
  while (k > i && /[.,;:!?'"]/.test(text[k - 1]!)) k--;
  return k;
}
