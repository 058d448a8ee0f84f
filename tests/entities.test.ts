// HTML character references: the ones decoded without the `entities` package's table read exactly
// as that table reads them (strictly: the ";" is required), and every other one is left to it.
import { DecodingMode, EntityDecoder, htmlDecodeTree } from 'entities/decode';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeReference } from '../src/text/entities.js';

/** The reference whose body starts at `from`, read by the `entities` package's decoder alone. */
function byTable(input: string, from: number): { text: string; length: number } | null {
  let decoded = '';
  const decoder = new EntityDecoder(htmlDecodeTree, (cp) => {
    decoded += String.fromCodePoint(cp);
  });
  decoder.startEntity(DecodingMode.Strict);
  let consumed = decoder.write(input, from);
  if (consumed < 0) consumed = decoder.end();
  return consumed > 0 && decoded ? { text: decoded, length: consumed - 1 } : null;
}

const NAMES = [
  'amp', 'lt', 'gt', 'quot', 'apos', 'nbsp', 'shy', 'ndash', 'mdash', 'lsquo', 'rsquo', 'sbquo', 'ldquo', 'rdquo',
  'bdquo', 'bull', 'hellip', 'middot', 'trade', 'reg', 'copy', 'deg', 'euro', 'pound', 'yen', 'cent', 'laquo', 'raquo',
  'times', 'eacute', 'egrave', 'Eacute', 'aacute', 'agrave', 'iacute', 'oacute', 'uacute', 'ntilde', 'ccedil', 'auml',
  'ouml', 'uuml', 'szlig', 'AMP', 'hearts', 'CounterClockwiseContourIntegral', 'notin', 'not', 'ampx', 'Amp',
];

describe('decodeReference', () => {
  it('reads every common name, and names it does not know, as the full table does', () => {
    for (const name of NAMES) {
      for (const text of [`&${name};`, `&${name}`, `&${name} x`, `&${name};;`, `&${name}1;`]) {
        expect(decodeReference(text, 1), text).toEqual(byTable(text, 1));
      }
    }
    expect(decodeReference('&amp;', 1)).toEqual({ text: '&', length: 4 });
    expect(decodeReference('&rsquo;s', 1)).toEqual({ text: '\u2019', length: 6 });
    expect(decodeReference('&hearts;', 1)).toEqual({ text: '\u2665', length: 7 });
  });

  it('reads numeric references as the full table does: C1 controls, surrogates, zero and huge values', () => {
    const values = [0, 9, 10, 39, 65, 127, 128, 129, 141, 150, 159, 160, 0xd7ff, 0xd800, 0xdfff, 0xe000, 0xfffd, 0x1f600, 0x10ffff, 0x110000, 1e12];
    for (const v of values) {
      for (const text of [`&#${v};`, `&#x${v.toString(16)};`, `&#X${v.toString(16).toUpperCase()};`, `&#${v}`, `&#${v}x;`, `&#00${v};`]) {
        expect(decodeReference(text, 1), text).toEqual(byTable(text, 1));
      }
    }
    for (const text of ['&#;', '&#x;', '&#', '&#x', '&#xg;', '&#-1;', `&#${'9'.repeat(400)};`]) expect(decodeReference(text, 1), text).toEqual(byTable(text, 1));
    expect(decodeReference('&#39;s', 1)).toEqual({ text: "'", length: 4 });
    expect(decodeReference('&#150;', 1)).toEqual({ text: '\u2013', length: 5 });
  });

  it('reads any text after an "&" as the full table does', () => {
    const bodies = fc.array(
      fc.oneof(fc.constantFrom('#', 'x', 'X', ';', '&', ' ', '1', '9', 'a', 'F', 'amp', 'nbsp', 'rsquo', 'hearts', 'lt', 'g'), fc.string({ maxLength: 3 })),
      { maxLength: 8 },
    );
    fc.assert(
      fc.property(bodies, (parts) => {
        const text = `&${parts.join('')}`;
        expect(decodeReference(text, 1)).toEqual(byTable(text, 1));
      }),
      { numRuns: 5000 },
    );
  });
});
