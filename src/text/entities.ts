import type { EntityDecoder } from 'entities/decode';
import { entityDecoding } from './html-entities.js';

/**
 * HTML character references, decoded as the HTML standard's strict reading does (the `;` is
 * required): numeric ones (`&#39;`, `&#x2019;`) and the named ones postings use most (`&amp;`,
 * `&nbsp;`, `&rsquo;`...) here; every other name by the `entities` package, which knows all
 * of them (and is loaded only then in Node, see html-entities.node.ts).
 */

/** Named references decoded without the full table, by name (names are case-sensitive). */
const COMMON = new Map<string, string>(
  (
    [
      ['amp', 0x26], ['lt', 0x3c], ['gt', 0x3e], ['quot', 0x22], ['apos', 0x27], ['nbsp', 0xa0], ['shy', 0xad],
      ['ndash', 0x2013], ['mdash', 0x2014], ['lsquo', 0x2018], ['rsquo', 0x2019], ['sbquo', 0x201a],
      ['ldquo', 0x201c], ['rdquo', 0x201d], ['bdquo', 0x201e], ['bull', 0x2022], ['hellip', 0x2026],
      ['middot', 0xb7], ['trade', 0x2122], ['reg', 0xae], ['copy', 0xa9], ['deg', 0xb0], ['euro', 0x20ac],
      ['pound', 0xa3], ['yen', 0xa5], ['cent', 0xa2], ['laquo', 0xab], ['raquo', 0xbb], ['times', 0xd7],
      ['eacute', 0xe9], ['egrave', 0xe8], ['Eacute', 0xc9], ['aacute', 0xe1], ['agrave', 0xe0], ['iacute', 0xed],
      ['oacute', 0xf3], ['uacute', 0xfa], ['ntilde', 0xf1], ['ccedil', 0xe7], ['auml', 0xe4], ['ouml', 0xf6],
      ['uuml', 0xfc], ['szlig', 0xdf],
    ] as const
  ).map(([name, code]) => [name, String.fromCharCode(code)]),
);
/** What a numeric reference to a C1 control character stands for (the standard's table), and 0. */
const NUMERIC_REPLACEMENTS = new Map<number, number>([
  [0x00, 0xfffd], [0x80, 0x20ac], [0x82, 0x201a], [0x83, 0x0192], [0x84, 0x201e], [0x85, 0x2026], [0x86, 0x2020],
  [0x87, 0x2021], [0x88, 0x02c6], [0x89, 0x2030], [0x8a, 0x0160], [0x8b, 0x2039], [0x8c, 0x0152], [0x8e, 0x017d],
  [0x91, 0x2018], [0x92, 0x2019], [0x93, 0x201c], [0x94, 0x201d], [0x95, 0x2022], [0x96, 0x2013], [0x97, 0x2014],
  [0x98, 0x02dc], [0x99, 0x2122], [0x9a, 0x0161], [0x9b, 0x203a], [0x9c, 0x0153], [0x9e, 0x017e], [0x9f, 0x0178],
]);

/** A decoded reference: its text, and how many characters it takes after the `&`. */
export interface Reference {
  text: string;
  length: number;
}

/** The reference whose body (what follows the `&`) starts at `from`, or null when there is none. */
export function decodeReference(input: string, from: number): Reference | null {
  if (input.charCodeAt(from) === 35) return numericReference(input, from + 1);
  let end = from;
  while (isAlphanumeric(input.charCodeAt(end))) end++;
  // Read strictly, a name is letters and digits right before a ";": anything else is no reference
  // ("R&D", "AT&T", "&nbsp" without its ";"), told without the table.
  if (end === from || input.charCodeAt(end) !== 59) return null;
  const text = COMMON.get(input.slice(from, end));
  return text !== undefined ? { text, length: end - from + 1 } : namedReference(input, from);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlphanumeric = (c: number): boolean => isDigit(c) || ((c | 32) >= 97 && (c | 32) <= 122);
function hexValue(c: number): number {
  if (isDigit(c)) return c - 48;
  const lower = c | 32;
  return lower >= 97 && lower <= 102 ? lower - 87 : -1;
}

/** `&#` and decimal digits, or `&#x` and hexadecimal ones, then `;`: `at` is after the `#`. */
function numericReference(input: string, at: number): Reference | null {
  const hex = (input.charCodeAt(at) | 32) === 120;
  let k = hex ? at + 1 : at;
  const digits = k;
  let value = 0;
  for (;;) {
    const c = input.charCodeAt(k);
    const digit = hex ? hexValue(c) : isDigit(c) ? c - 48 : -1;
    if (digit < 0) break;
    // Past the last code point the value only has to stay past it.
    value = Math.min(value * (hex ? 16 : 10) + digit, 0x110000);
    k++;
  }
  if (k === digits || input.charCodeAt(k) !== 59) return null;
  const code = (value >= 0xd800 && value <= 0xdfff) || value > 0x10ffff ? 0xfffd : (NUMERIC_REPLACEMENTS.get(value) ?? value);
  return { text: String.fromCodePoint(code), length: k + 1 - (at - 1) };
}

let decoder: EntityDecoder | null = null;
let decoded = '';

/** Any named reference, by the full table of the `entities` package. */
function namedReference(input: string, from: number): Reference | null {
  const { DecodingMode, EntityDecoder, htmlDecodeTree } = entityDecoding();
  decoder ??= new EntityDecoder(htmlDecodeTree, (cp) => {
    decoded += String.fromCodePoint(cp);
  });
  decoded = '';
  decoder.startEntity(DecodingMode.Strict);
  let consumed = decoder.write(input, from);
  if (consumed < 0) consumed = decoder.end();
  // `consumed` counts the `&`.
  return consumed > 0 && decoded ? { text: decoded, length: consumed - 1 } : null;
}
