import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findDegrees } from '../../src/extract/degrees.js';
import { tokenize } from '../../src/match/tokenize.js';
import { segment } from '../../src/segment/segment.js';
import { normalize } from '../../src/text/normalize.js';
import { FIELDS, findFields } from '../../src/extract/fields.js';
import { tagPosting } from '../../src/index.js';

type Row = [string, [level: string, fields: string, preferred: boolean, equivalent: boolean][]];
/** What the pipeline finds (names read where the cue phrases found them), checked against a scan of the clause. */
const read = (s: string, preferredScope = false) => {
  const found = findDegrees(s, 0, preferredScope, segment(s, [], tokenize(s)).starts.degree);
  expect(found).toEqual(findDegrees(s, 0, preferredScope));
  return found.map((d) => [d.level, d.fields.join('|'), d.preferred, d.equivalentExperience]);
};

describe('fields of study', () => {
  // Short forms count only in capitals ("CS", "IT"), and CJK forms are found inside runs of CJK text.
  const CAPS = new Set(['cs', 'ee', 'it', 'ai', 'mis', 'ece', 'hci', 'stem']);
  it.each(FIELDS.flatMap(([name, forms]) => forms.map((form) => [form, name])))('%j is found as %s', (form, name) => {
    const written = CAPS.has(form) ? form.toUpperCase() : form.replace(/\b\w/g, (c) => c.toUpperCase());
    expect(findFields(`a degree in ${written}`, 0).map((f) => f.name)).toContain(name);
  });

  it('reads a hyphen between words as a space', () => {
    expect(read('MS in Human-Computer Interaction')).toEqual([['master', 'Design', false, false]]);
  });

  it('finds what joining the words and looking the phrase up finds, longest first', () => {
    // The plain reading: at each word, the longest run of words whose text is a form.
    const byForm = new Map(FIELDS.flatMap(([name, forms]) => forms.map((f) => [f, name] as const)));
    const longest = Math.max(...[...byForm.keys()].map((f) => f.split(' ').length));
    const reference = (text: string) => {
      const words = [...text.matchAll(/[\p{L}\p{N}&]+|[\u4e00-\u9fff]+/gu)].map((m) => ({ w: m[0].toLowerCase(), raw: m[0], s: m.index, e: m.index + m[0].length }));
      const out: { name: string; start: number; end: number }[] = [];
      for (let i = 0; i < words.length; ) {
        let used = 0;
        for (let len = Math.min(longest, words.length - i); len >= 1 && !used; len--) {
          const form = words.slice(i, i + len).map((x) => x.w).join(' ');
          const name = byForm.get(form);
          if (!name || (len === 1 && CAPS.has(form) && words[i]!.raw !== words[i]!.raw.toUpperCase())) continue;
          if (!out.some((f) => f.name === name)) out.push({ name, start: words[i]!.s, end: words[i + len - 1]!.e });
          used = len;
        }
        if (used) i += used;
        else {
          for (const [form, name] of byForm) {
            const at = words[i]!.w.indexOf(form);
            if (/[\u4e00-\u9fff]/.test(form) && at >= 0 && !out.some((f) => f.name === name)) out.push({ name, start: words[i]!.s + at, end: words[i]!.s + at + form.length });
          }
          i++;
        }
      }
      return out;
    };
    const forms = [...byForm.keys()];
    const piece = fc.oneof(
      fc.constantFrom(...forms, ...forms.map((f) => f.toUpperCase()), 'CS', 'It', 'a', 'or', ', ', ' & ', '-', ' ', '计算机科学与', 'NVIDIA数学'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }).map((p) => p.join(' ')), (text) => {
        expect(findFields(text, 7)).toEqual(reference(text).map((f) => ({ ...f, start: f.start + 7, end: f.end + 7 })));
      }),
      { numRuns: 3000 },
    );
  });
});

describe('degrees', () => {
  it.each<Row>([
    ['from a BS, MS, or Ph.D. degree in Engineering, Mathematics, Physics, Computer Science, Data Science, or similar (or equivalent experience).',
      [['bachelor', 'Engineering|Mathematics|Physics|Computer Science|Data Science', false, true]]],
    ['MS or PhD in Computer Science, Computer Engineering or Electrical Engineering or related field',
      [['master', 'Computer Science|Computer Engineering|Electrical Engineering', false, false]]],
    ['BS in Engineering, Mathematics, Physics, or Computer Science, MS or PhD desirable.',
      [['bachelor', 'Engineering|Mathematics|Physics|Computer Science', false, false], ['master', 'Engineering|Mathematics|Physics|Computer Science', true, false]]],
    ['BS in computer science or related or equivalent experience', [['bachelor', 'Computer Science', false, true]]],
    ['A degree in Computer Science or related fields or equivalent practical experience.', [['bachelor', 'Computer Science', false, true]]],
    ['BS/BA degree', [['bachelor', '', false, false]]],
    ["Bachelor's degree in Computer Science or a related field", [['bachelor', 'Computer Science', false, false]]],
    ["Bachelor’s degree in Electrical Engineering", [['bachelor', 'Electrical Engineering', false, false]]],
    ["Master's degree in Statistics, Mathematics or a quantitative field", [['master', 'Statistics|Mathematics|STEM', false, false]]],
    ['PhD in Machine Learning or a related area', [['doctorate', 'Machine Learning', false, false]]],
    ['Ph.D. in Physics', [['doctorate', 'Physics', false, false]]],
    ['B.S. in Computer Engineering', [['bachelor', 'Computer Engineering', false, false]]],
    ['M.S. in Computer Science', [['master', 'Computer Science', false, false]]],
    ['MSc in Data Science', [['master', 'Data Science', false, false]]],
    ['BSc in Mathematics', [['bachelor', 'Mathematics', false, false]]],
    ['MEng in Electrical Engineering', [['master', 'Electrical Engineering', false, false]]],
    ['University degree in computer science or electrical engineering and/or 5 years equivalent network engineering experience.',
      [['bachelor', 'Computer Science|Electrical Engineering', false, true]]],
    ['Bachelors degree in Computer Science preferred and at least 5 years of related experience.', [['bachelor', 'Computer Science', true, false]]],
    ['A doctorate degree or Master degree (with +2 years work experience in the field) in Bioinformatics', [['master', '', false, false]]],
    ['have an above-average university degree in the area of computer science or a equivalent education', [['bachelor', 'Computer Science', false, true]]],
    ['Degree in Computer Science, Engineering or equivalent', [['bachelor', 'Computer Science|Engineering', false, true]]],
    ["Associate's degree in Information Technology", [['associate', 'Information Technology', false, false]]],
    ['4-year degree in a STEM field', [['bachelor', 'STEM', false, false]]],
    ['MS or PhD preferred', [['master', '', true, false]]],
    ['PhD is a plus', [['doctorate', '', true, false]]],
    ['BS required, MS preferred', [['bachelor', '', false, false], ['master', '', true, false]]],
    ['Bachelor’s or Master’s degree in Computer Science', [['bachelor', 'Computer Science', false, false]]],
    ['MBA preferred', [['master', '', true, false]]],
    ['本科及以上学历,计算机相关专业', [['bachelor', 'Computer Science', false, false]]],
    ['硕士及以上学历', [['master', '', false, false]]],
    ['博士优先', [['doctorate', '', true, false]]],
    ['College degree in Economics or Finance', [['bachelor', 'Economics|Finance', false, false]]],
  ])('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('a preferred section makes every degree preferred', () => {
    expect(read('MS in Computer Science', true)).toEqual([['master', 'Computer Science', true, false]]);
  });

  it('reports a preferred degree unless a degree at or above it is required', () => {
    const degrees = (text: string) => tagPosting(text).degrees.map((d) => `${d.level}:${d.requirement}`);
    expect(degrees('Engineer\nRequirements\n• 5+ years of Python\n• PhD preferred')).toEqual(['doctorate:preferred']);
    expect(degrees("Engineer\nNice to have\n• Master's degree in Physics")).toEqual(['master:preferred']);
    expect(degrees('BS in CS required, MS preferred')).toEqual(['bachelor:required', 'master:preferred']);
    expect(degrees('MS in CS required. BS preferred.')).toEqual(['master:required']);
  });

  it.each([
    ['Proficient in MS Office and MS Excel'],
    ['Certified Scrum Master'],
    ['to a high degree of autonomy'],
    ['a 360 degree view of the customer'],
    ['Master the art of distributed systems'],
    ['BA team in Boston'],
    ['Associate Engineer position'],
    ['Temperatures of 30 degrees'],
    ['There are two PhD students in the department.'],
    ['A 3-year PhD scholarship in Pharmaceutical Technology is available.'],
    ['A challenging Ph.D. degree program at one of Europe\'s premier universities'],
    ['Teaching in our bachelor and master programmes'],
    ['You will supervise Master thesis projects.'],
  ])('no degree in: %s', (text) => {
    expect(read(text)).toEqual([]);
  });

  it('reads degree names at the cue phrases as a scan of the clause finds them', () => {
    const part = fc.constantFrom(
      "Bachelor's", 'bachelors', 'BS', 'B.S.', 'B.Sc', 'B Sc', 'BSc', 'b. sc', 'BEng', 'B.Tech', 'B.E.', 'MS', 'M.S.', 'MSc', 'M Sc', 'MBA', 'MA',
      "Master's", 'master of science', 'masters', 'PhD', 'Ph.D.', 'Ph D', 'doctorate', 'doctoral degree', 'D.Phil', 'A.A.S.', 'associate degree',
      'associate of arts', 'undergraduate degree', 'university degree', 'college degree', '4-year degree', 'four year degree', 'graduate degree',
      'post-graduate degree', 'postgraduate degree', 'degree', 'degrees', 'a degree', 'relevant  degree', 'Technical\tdegree', 'high degree', 'in',
      'from', 'or', 'and', '/', ',', '(', ')', 'required', 'preferred', 'Computer Science', 'students', 'programme', '本科', '硕士', '博士', '研究生',
    );
    const clause = fc.tuple(fc.array(fc.oneof(part, fc.string({ maxLength: 4 })), { maxLength: 16 }), fc.constantFrom(' ', '  ', '', '/')).map(([p, gap]) => p.join(gap));
    fc.assert(
      fc.property(clause, fc.boolean(), (input, preferred) => {
        const text = normalize(input).text;
        const { starts } = segment(text, [], tokenize(text));
        expect(findDegrees(text, 5, preferred, starts.degree)).toEqual(findDegrees(text, 5, preferred));
      }),
      { numRuns: 500 },
    );
  });
});

