// Property tests: on generated postings mixing real phrases with HTML, entities, mojibake, Markdown,
// astral and control characters, lone surrogates and CJK, tagging never throws, every offset points at
// its text in the input, results are deterministic, and cleaning twice changes nothing more.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createTagger, defaultTaxonomy, extendTaxonomy, extractSkills, tagPosting } from '../src/index.js';
// @ts-expect-error plain JavaScript module shared with the benchmarks
import { corpus } from '../bench/corpus.mjs';
import { normalize, normalizeOnce } from '../src/text/normalize.js';
import type { Mention, PostingTags } from '../src/types.js';

const PHRASES = [
  'Requirements:', 'Nice to have:', "What you'll be doing:", '## Qualifications', '**Benefits**', '职位要求', '工作职责',
  '5+ years of experience with Python', '1-3 years’ experience', 'BS, MS or Ph.D. in Computer Science',
  'or equivalent experience', 'C/C++', 'C#', '.NET', 'Node.js', 'CI/CD', 'AWS/Azure/GCP', 'CUDA', 'TensorFlow or PyTorch',
  'Go, Rust and C++', 'go to market', 'R&D', 'make a difference', 'Spark', 'is a plus', 'preferred', 'not required',
  '$120k–$150k', '148,000 USD - 276,000 USD', 'Senior Data Engineer', 'Kubernetes', 'Docker/Containers', 'e.g.',
  'Machine Learning &amp; Deep Learning', 'worldâ€™s', 'Ã©tÃ©', '&#x27;', '&amp;amp;', '&lt;b&gt;', '<li>', '</li>',
  '<p class="x">', '<br/>', '<!-- c -->', '<script>x</script>', '[link](http://x.y/z)', 'https://example.com/a.',
  '`code`', '* ', '- ', '> ', '\n', '\r\n', '\t', '\u00a0', '\u200b', '•', '😀', '𝒳', '\ud800', '\udc00', '\u0000',
  '\u001b', '深度学习', 'NVIDIA', '&amp;lt;b&amp;gt;', '*<b></b>*', '&#42;&#42;bold&#42;&#42;', 'Ã&#169;', 'â&#128;&#153;', '&ndash;', '&rsquo;', '&bull;', '&shy;', '–', '—', 'â€“', ':', '.', ',', ';', '(', ')', '&', '<', '>', '#', '*', '_', '**', '~~',
];

const posting = fc
  .array(fc.oneof(fc.constantFrom(...PHRASES), fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 60 })
  .map((parts) => parts.join(' '));

function allMentions(r: PostingTags): Mention[] {
  return [
    ...r.skills.flatMap((s) => s.mentions),
    ...r.seniority.evidence,
    ...r.degrees.flatMap((d) => d.evidence),
    ...(r.salary?.evidence ?? []),
    ...r.roles.flatMap((role) => [
      { start: role.start, end: role.end, text: '' },
      ...role.skills.flatMap((s) => s.mentions),
      ...role.seniority.evidence,
      ...role.degrees.flatMap((d) => d.evidence),
    ]),
  ];
}

describe('properties', () => {
  it('a cleaning pass knows whether its text has a character above U+00FF without searching it', () => {
    // The text is made one byte per character when it has none: a wrong "none" would cut characters.
    const wide = fc.constantFrom('职', '€', '😀', '\u2603', '&#8364;', '&#x4e2d;', '&#128512;', 'â€™', 'â€', '’', '–', '•', '&rsquo;', '&bull;', '\u200b', '\ud800');
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.constantFrom(...PHRASES), wide, fc.string({ maxLength: 4 })), { maxLength: 40 }).map((p) => p.join('')), (input) => {
        const once = normalizeOnce(input);
        expect(once.keptWide).toBe(/[^\u0000-\u00ff]/.test(once.text));
        expect(once.wide || !once.keptWide).toBe(true);
      }),
      { numRuns: 3000 },
    );
  });

  it('never throws, and every offset satisfies text === input.slice(start, end)', () => {
    fc.assert(
      fc.property(posting, (input) => {
        const r = tagPosting(input);
        for (const m of allMentions(r)) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeGreaterThanOrEqual(m.start);
          expect(m.end).toBeLessThanOrEqual(input.length);
          if (m.text) expect(input.slice(m.start, m.end)).toBe(m.text);
        }
        for (const s of r.sections) {
          expect(0 <= s.start && s.start <= s.end && s.end <= input.length).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('extractSkills finds exactly the skills of tagPosting, with or without options, on generated and real postings', () => {
    const tagger = createTagger({ taxonomy: extendTaxonomy(defaultTaxonomy, { skills: [{ id: 'acmeflow', name: 'AcmeFlow', category: 'developer-tool' }] }) });
    const options = { minConfidence: 0.8, excludeCategories: ['soft-skill' as const] };
    const same = (input: string) => {
      expect(extractSkills(input)).toEqual(tagPosting(input).skills);
      expect(extractSkills(input, options)).toEqual(tagPosting(input, options).skills);
      expect(tagger.extractSkills(input)).toEqual(tagger.tag(input).skills);
    };
    fc.assert(fc.property(posting, same), { numRuns: 200 });
    for (const input of corpus as string[]) same(input);
  });

  it('is deterministic', () => {
    fc.assert(
      fc.property(posting, (input) => {
        expect(JSON.stringify(tagPosting(input))).toBe(JSON.stringify(tagPosting(input)));
      }),
      { numRuns: 100 },
    );
  });

  it('cleaning twice changes nothing more than cleaning once', () => {
    fc.assert(
      fc.property(posting, (input) => {
        const once = normalize(input).text;
        expect(normalize(once).text).toBe(once);
      }),
      // Found by this test: deleting a marker completes a tag a second pass would drop, or puts a "-"
      // before a space at a line's start ("-`x` y"), or joins the letters of a reference ("&l*t;");
      // a reference decodes to a list marker ("&#45; x") or a control character ("&#7;"); a tag
      // dropped after a "<" kept makes another one. Deleting inside a URL's start ("ww`w.x.com") was
      // found by reading the code. The others are replacements a second pass need not see (a
      // bullet, "&", a quote) next to what it might.
      {
        numRuns: 400,
        examples: [['<A* >'], ['a <b_ > c'], ['<div** class="x">'], ['Â\n- x'], ['Ã<li>x'], ['â€&rsquo;'], ['Ã&bull; x'], ['x &amp; y'], ['&amp;&#108;t;'], ['Ãâ€¢ x'], ['&**lt;'], ['&amp;lt&#59;'], ['x\n**# y'], ['Â**&amp;**'], ['â<b></b>€™'], ['-` Requirements:'], ['+* >'], ['&#45; x'], ['-&shy; x'], ['!&l*l;N3G'], ['><ZYx P:U >  What you do:'], [' &#7;a^zI'], ['A]<xEf<P E <!-- c --> $(IR>%9'], ['ww`w.x.com y'], ['http**://x y']],
      },
    );
  });

  it('marks heading lines only at the start of a line of the clean text (after its spaces and bullets)', () => {
    fc.assert(
      fc.property(posting, (input) => {
        const { text, headingLines } = normalize(input);
        for (const at of headingLines) {
          expect(at >= 0 && at <= text.length).toBe(true);
          expect(text.slice(text.lastIndexOf('\n', at - 1) + 1, at)).toMatch(/^[\s·]*$/);
        }
      }),
      { numRuns: 300, examples: [['<p>Caf&Atilde;&#169;</p>\n<h3>Platform</h3>\n## Skills\nGo'], ['<li> ## Qualifications']] },
    );
  });

  it('maps every clean character back inside the input', () => {
    fc.assert(
      fc.property(posting, (input) => {
        const { text, map } = normalize(input);
        for (let i = 0; i < text.length; i++) {
          const s = map.start(i);
          const e = map.end(i + 1);
          expect(0 <= s && s <= e && e <= input.length).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
