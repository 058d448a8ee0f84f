import { describe, expect, it } from 'vitest';
import { TagReader } from '../src/text/html.js';
import { compact, normalize } from '../src/text/normalize.js';

const clean = (s: string) => normalize(s).text;

describe('normalize', () => {
  it.each([
    ['Machine Learning &amp; Deep Learning', 'Machine Learning & Deep Learning'],
    ['it&#x27;s &#39;quoted&#39;', "it's 'quoted'"],
    ['&lt;b&gt;not a tag in text&lt;/b&gt;', 'not a tag in text'],
    ['&amp;amp; and &amp;#39;', "& and '"],
    ['R&D and AT&T stay', 'R&D and AT&T stay'],
    ['&nbsp;space', ' space'],
    ['world’s', "world's"],
    ['worldâ€™s most', "world's most"],
    ['â€œquotedâ€\u009d', '"quoted"'],
    ['CafÃ© rÃ©sumÃ©', 'Café résumé'],
    ['Â£50k', '£50k'],
    ['Ã©tÃ© naïve', 'été naïve'],
    ['<p>Hello <b>CUDA</b></p>', '\nHello CUDA\n'],
    ['<ul><li>Python</li><li>Go</li></ul>', '\n\n· Python\n\n· Go\n\n'],
    ['line<br>break<br/>here', 'line\nbreak\nhere'],
    ['<script>var x = "<p>";</script>text', '\ntext'],
    ['<STYLE>p { color: red }</Style><p>İstanbul</p><script>x</SCRIPT>Go', '\n\nİstanbul\n\nGo'],
    ['<!-- comment -->text', 'text'],
    ['a < b and c > d', 'a < b and c > d'],
    ['## Responsibilities', 'Responsibilities'],
    ['*   Develop **models**', '·   Develop models'],
    ['• a\n◦ b\n▪ c · d', '· a\n· b\n· c · d'],
    ['- item\n+ item', '· item\n· item'],
    ['> quoted', 'quoted'],
    ['use `kubectl` daily', 'use kubectl daily'],
    ['see [the docs](https://example.com/a_b) now', 'see the docs now'],
    ['visit https://github.com/nvidia/cuda. Then', 'visit  . Then'],
    ['www.example.com/jobs today', '  today'],
    ['2–4 yrs — ok', '2-4 yrs - ok'],
    ['a\r\nb\rc', 'a\nb\nc'],
    ['tab\there', 'tab here'],
    ['zero\u200bwidth', 'zerowidth'],
    ['职位要求：', '职位要求:'],
    ['*工作职责*', '工作职责'],
    ['5 * 3', '5 * 3'],
    ['snake_case and __bold__ text', 'snake_case and bold text'],
    // Markers count at a line's start only: after indentation, not after text and spaces.
    ['text\n   - item\nmore   - dash', 'text\n   · item\nmore   - dash'],
    ['a   \n   ## Skills', 'a   \n   Skills'],
    ['x\n      \n   * star', 'x\n      \n   · star'],
    ['x\n– en\n— em\nâ€“ mojibake\n&ndash; reference\na – b', 'x\n· en\n· em\n· mojibake\n· reference\na - b'],
    // What a removed marker or a decoded reference leaves is read as the same characters written out.
    ['-** item', '· item'],
    ['+* item', '· item'],
    ['&#45; item', '· item'],
    ['x\n&#43; item', 'x\n· item'],
    ['>&nbsp;quoted', 'quoted'],
    ['-`code`', '-code'],
    ['ww`w.example.com/jobs today', '  today'],
    ['http**://x.com y', '  y'],
    ['&l**t;b&gt;x', 'x'],
    ['a&#13;b&#7;c&#9;d', 'a\nb c d'],
  ])('%j → %j', (input, output) => {
    expect(clean(input)).toBe(output);
  });

  it('marks lines that were headings in markup, by where their text starts', () => {
    const r = normalize('intro\n## Requirements\n**Nice to have**\n<h3>Benefits</h3><p>x</p><h2>ML Engineer</h2>');
    const lines = r.headingLines.map((at) => r.text.slice(at, r.text.indexOf('\n', at) >>> 0));
    expect(lines).toEqual(['Requirements', 'Nice to have', 'Benefits', 'ML Engineer']);
  });

  it('reads a tag name in any case, the same however many names came before', () => {
    // Names are kept from text to text (a few hundred) by a hash: two names with one hash are each
    // read as themselves, as are the same name in another case, one that differs by a letter, and
    // names past the kept ones.
    const reader = new TagReader('<rdofu2t>a</ZUGVI34><zugvi34>');
    expect([0, 10, 20].map((at) => reader.read(at, false)?.name)).toEqual(['rdofu2t', 'zugvi34', 'zugvi34']);
    const long = `<${'x'.repeat(40)}>a</${'X'.repeat(40)}><${'x'.repeat(40)}>`;
    expect(clean(long)).toBe(' a  ');
    const made = Array.from({ length: 700 }, (_, i) => `<x-${i}>n${i}</x-${i}>`).join('');
    expect(clean(made)).toBe(Array.from({ length: 700 }, (_, i) => ` n${i} `).join(''));
    for (const text of ['<P>a</P><LI>b</Li><Br/>c', '<p>a</p><li>b</li><br/>c']) expect(clean(text)).toBe('\na\n\n· b\n\nc');
    expect(clean('<pre>x</pre><pa>y</pa><strong>z</strong><strongs>w</strongs>')).toBe('\nx\n y z w ');
    const r = normalize('<STRONG>Skills</STRONG>\n<Strongs>Python</Strongs>\n<H2>Benefits</H2>');
    expect(r.headingLines.map((at) => r.text.slice(at, r.text.indexOf('\n', at) >>> 0))).toEqual(['Skills', 'Benefits']);
  });

  it('keeps the lines marked as headings when the text is cleaned again', () => {
    const linesOf = (input: string) => {
      const r = normalize(input);
      return { text: r.text, lines: r.headingLines.map((at) => r.text.slice(at, r.text.indexOf('\n', at) >>> 0)) };
    };
    // A reference to a quote is cleaned in one pass; "Ã&#169;" becomes mojibake only the second pass repairs.
    expect(linesOf('<p>We build.</p>\n<h3>Platform</h3>\n<p>You&rsquo;ll build</p>')).toEqual({ text: "\nWe build.\n\n\nPlatform\n\n\nYou'll build\n", lines: ['Platform'] });
    // A quote written as a reference is substituted at once only where it cannot end mojibake.
    expect(linesOf('Ã&#8220; and &#8220;x&#8221;').text).toBe('Ó and "x"');
    expect(linesOf('<p>Caf&Atilde;&#169;</p>\n<h3>Platform</h3>\n## Skills\nGo')).toEqual({ text: '\nCafé\n\n\nPlatform\n\nSkills\nGo', lines: ['Platform', 'Skills'] });
  });

  it('maps every clean range back into the input', () => {
    const input = '<p>C&amp;C++ â€” worldâ€™s <b>best</b> GPUs</p>';
    const r = normalize(input);
    const at = r.text.indexOf('C++');
    const s = r.map.start(at);
    const e = r.map.end(at + 3);
    expect(input.slice(s, e)).toBe('C++');
    const apostrophe = r.text.indexOf("'");
    expect(input.slice(r.map.start(apostrophe), r.map.end(apostrophe + 1))).toBe('â€™');
  });

  it('returns the input itself when there is nothing to clean', () => {
    const input = 'Plain text with CUDA and C++.';
    expect(normalize(input).text).toBe(input);
  });

  it('copies a text one byte per character whole, whatever the length of the texts before it', () => {
    // The copy goes through a buffer kept from one text to the next: a longer text grows it, a
    // shorter one reads only its own bytes, and one longer than is kept is copied on its own.
    const latin1 = (length: number, seed: number): string => {
      let s = '\u2019';
      for (let i = 0; i < length; i++) s += String.fromCharCode(32 + ((i * 7 + seed) % 224));
      return s.slice(1); // a two-byte string: cut from one with a character above U+00FF
    };
    for (const length of [0, 1, 100, 20000, 5, 70000, 3, (1 << 20) + 10, 12]) {
      const text = latin1(length, length);
      expect(compact(text)).toBe(text);
    }
  });

  it('cleans a text with a character above U+00FF that it replaces to the same text as one written without it', () => {
    const plain = 'Senior engineer\n\u00b7 Python and SQL\n' + 'x'.repeat(30000);
    expect(normalize(plain.replace('\u00b7', '\u2022')).text).toBe(plain);
    expect(normalize('short \u2019').text).toBe("short '");
  });
});
