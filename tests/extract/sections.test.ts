import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { headingKey, headingOfKey, knownHeadingAt, STRONG_HEADING_WORD, STRONG_WORD_AS_WRITTEN } from '../../src/segment/headings.js';
import { capitalisedHeadingAtEnd, colonThenText, isTitleCase, lastLineTitleCase, readShortLine } from '../../src/segment/sections.js';
import { segment } from '../../src/segment/segment.js';
import { normalize } from '../../src/text/normalize.js';
import { tokenize } from '../../src/match/tokenize.js';
import { charCodes } from '../../src/text/char-codes.js';

/** The kind of heading a whole text is, as the heading lines read a line. */
const knownHeading = (text: string) => knownHeadingAt(text, charCodes(text), 0, text.length);
import { tagPosting } from '../../src/index.js';

/** The kinds of the sections that have headings, with their heading text. */
function headings(input: string): [string, string][] {
  const clean = normalize(input);
  const s = segment(clean.text, clean.headingLines, tokenize(clean.text));
  return s.sections.filter((x) => x.heading).map((x) => [x.kind, clean.text.slice(x.heading!.start, x.heading!.end).replace(/:$/, '')]);
}

/** Every section's kind and text. */
function sectionTexts(input: string): [string, string][] {
  const clean = normalize(input);
  const s = segment(clean.text, clean.headingLines, tokenize(clean.text));
  return s.sections.map((x) => [x.kind, clean.text.slice(x.start, x.end).trim()]);
}

describe('section headings', () => {
  it.each([
    ['Requirements\nPython', 'requirements'],
    ['Qualifications:\nPython', 'requirements'],
    ["What you'll need\n- Python", 'requirements'],
    ['What we need to see:\n- Python', 'requirements'],
    ['Minimum qualifications\n- Python', 'requirements'],
    ['Must have\n- Python', 'requirements'],
    ['## Required Skills and Qualifications\n* Python', 'requirements'],
    ['<h3>Basic Qualifications</h3><ul><li>Python</li></ul>', 'requirements'],
    ['**Your profile**\n- Python', 'requirements'],
    ["What we're looking for:\n3-5 years", 'requirements'],
    ['Who you are\nYou know Python', 'requirements'],
    ['Essential Skills & Experience\nScrum', 'requirements'],
    ['Preferred qualifications\n- Go', 'preferred'],
    ['Nice to have:\n- Go', 'preferred'],
    ['Bonus points\n- Go', 'preferred'],
    ['Ways to stand out from the crowd:\n- Go', 'preferred'],
    ['Pluses:\n- Go', 'preferred'],
    ['### Nice-to-haves\n- Go', 'preferred'],
    ["What you'll be doing:\n- Build", 'responsibilities'],
    ['Responsibilities\n- Build', 'responsibilities'],
    ['The role\nYou will build', 'responsibilities'],
    ['Key Responsibilities:\n- Build', 'responsibilities'],
    ['YOUR TASKS\nBuild', 'responsibilities'],
    ['About us\nWe are', 'about'],
    ['About NVIDIA\nNVIDIA is', 'about'],
    ['## Why NVIDIA?\nAt NVIDIA', 'about'],
    ['Who we are\nWe build', 'about'],
    ['Benefits\n- Health', 'benefits'],
    ['What we offer\n- Health', 'benefits'],
    ['Perks & Benefits:\n- Health', 'benefits'],
    ['Equal Opportunity Employer\nWe do not', 'other'],
    ['职位要求\n- Python', 'requirements'],
    ['任职要求:\n- Python', 'requirements'],
    ['工作职责\n- 负责', 'responsibilities'],
    ['岗位职责:\n- 负责', 'responsibilities'],
    ['加分项\n- Go', 'preferred'],
    ['**关于NVIDIA**\nNVIDIA 是', 'about'],
  ])('%j is %s', (input, kind) => {
    expect(headings(input)[0]?.[0]).toBe(kind);
  });

  it('finds headings written inline, before a colon', () => {
    const text =
      "We build things at scale. What you’ll be doing: A big part of the job is CUDA. What we need to see: 5+ years experience. Ways to stand out from the crowd: Go. The base salary range is 148,000 USD - 276,000 USD.";
    expect(headings(text)).toEqual([
      ['responsibilities', "What you'll be doing"],
      ['requirements', 'What we need to see'],
      ['preferred', 'Ways to stand out from the crowd'],
    ]);
  });

  it('finds a capitalised heading at the end of a run-on line', () => {
    const text = 'Key technologies we work with: PostgreSQL PostGIS QGIS Python REST API Linux FreeRadius SNMP Key Responsibilities: Working with other departments.';
    expect(headings(text)).toEqual([['responsibilities', 'Key Responsibilities']]);
    expect(headings('We use tools such as Jira and a lot of things that are your responsibilities: testing.')).toEqual([]);
  });

  it('starts a heading guessed inside running text at its capitalised words, leaving the text before it to its sentence', () => {
    expect(headings('Data Engineer\nWe pay £50k Requirements: Python, SQL')).toEqual([['requirements', 'Requirements']]);
    expect(headings('Backend role. Great team Key Requirements: Go and Kafka. 5+ years Must haves: CUDA')).toEqual([
      ['requirements', 'Key Requirements'],
      ['requirements', 'Must haves'],
    ]);
    // In sentence case the whole phrase is the heading.
    expect(headings('We build GPUs. Your key responsibilities in this role will be: CUDA kernels')).toEqual([
      ['responsibilities', 'Your key responsibilities in this role will be'],
    ]);
    // What came before the heading is read: the salary is found.
    expect(tagPosting('Data Engineer\nWe pay £50k Requirements: Python, SQL').salary?.evidence[0]?.text).toBe('£50k');
  });

  it('reads a line with text after its colon as a heading and its content, not as a heading line', () => {
    expect(sectionTexts('Data Engineer\nRequirements: Python, Kafka\nSkills: SQL, Go\nEDUCATION: NO SPECIFIC REQUIREMENTS')).toEqual([
      ['other', 'Data Engineer'],
      ['requirements', 'Requirements: Python, Kafka'],
      ['requirements', 'Skills: SQL, Go'],
      ['requirements', 'EDUCATION: NO SPECIFIC REQUIREMENTS'],
    ]);
    const skills = tagPosting('Data Engineer\nRequirements: Python, Kafka').skills.map((s) => [s.id, s.requirement]);
    expect(skills).toEqual([['python', 'required'], ['apache-kafka', 'required']]);
  });

  it('reads a known heading, a dash and its content on one line as a heading and its content', () => {
    expect(sectionTexts('Backend Engineer\nRequirements - Python, SQL\nNice to have – Kafka\nSenior Engineer - Platform')).toEqual([
      ['other', 'Backend Engineer'],
      ['requirements', 'Requirements - Python, SQL'],
      ['preferred', 'Nice to have - Kafka\nSenior Engineer - Platform'],
    ]);
    expect(headings('Backend Engineer\nRequirements - Python, SQL')).toEqual([['requirements', 'Requirements']]);
    // A list item is no heading.
    expect(headings('Responsibilities\n• Experience - 3 years of Go')).toEqual([['responsibilities', 'Responsibilities']]);
  });

  it('reads "Salary: £50k" and "Location: Berlin" on a line as fields, not as headings of what follows', () => {
    expect(sectionTexts('Python Developer\nLocation: Berlin\nSalary: £50k\nWe are looking for a developer with 5+ years of Python.\nRequirements\nSQL')).toEqual([
      ['other', 'Python Developer'],
      ['other', 'Location: Berlin'],
      ['benefits', 'Salary: £50k'],
      ['other', 'We are looking for a developer with 5+ years of Python.'],
      ['requirements', 'Requirements\nSQL'],
    ]);
  });

  it('reads a field amid a line of header fields as a field: its value ends at the next field, the next heading or the line end', () => {
    const text =
      'Backend Engineer\nJob description: Compensation: €50k - 90k | Equity Job type: Full-time Technologies java spring Job description We build the platform with Java.\n' +
      'You will design services in Spring.\nSalary: £50k. Requirements: 3+ years of Java\nSQL';
    expect(sectionTexts(text)).toEqual([
      ['other', 'Backend Engineer'],
      ['responsibilities', 'Job description:'],
      ['benefits', 'Compensation: €50k - 90k | Equity'],
      ['responsibilities', 'Job type: Full-time Technologies java spring Job description We build the platform with Java.\nYou will design services in Spring.'],
      ['benefits', 'Salary: £50k.'],
      ['requirements', 'Requirements: 3+ years of Java\nSQL'],
    ]);
    // Without a field value running, a capitalised phrase before a colon is no field: "Our stack: Go" stays in its section.
    expect(sectionTexts('Requirements\nOur stack: Go, Rust. Bonus: Kafka Streams: a plus')).toEqual([
      ['requirements', 'Requirements\nOur stack: Go, Rust.'],
      ['preferred', 'Bonus: Kafka Streams: a plus'],
    ]);
    expect(sectionTexts('About us\nSalary: €50k Paid relocation Experience level: Senior')).toEqual([
      ['about', 'About us'],
      ['benefits', 'Salary: €50k Paid relocation'],
      ['about', 'Experience level: Senior'],
    ]);
  });

  it('does not end a section at a pay phrase far into a run-on clause (text whose sentence ends were lost)', () => {
    const items = 'Extension and maintenance of the core product Independent work and implementation of complex features in React and TypeScript ';
    const runOn = `We are currently seeking a Full Stack Web Developer ${items.repeat(4)}competitive salary and growth Solid knowledge of SQL and Docker`;
    expect(runOn.length).toBeGreaterThan(600);
    expect(sectionTexts(`Requirements\n${runOn}`).map(([kind]) => kind)).toEqual(['requirements']);
  });

  it('leaves numbering and the end of a field before an inline heading out of it', () => {
    expect(headings('Date posted: 2021-02-13 Likes: 0 Job description: We build GPUs. 2) Requirements: CUDA')).toEqual([
      ['responsibilities', 'Job description'],
      ['requirements', 'Requirements'],
    ]);
  });

  it('ends a requirements section at pay or equal-opportunity boilerplate', () => {
    const clean = normalize('Requirements: Python. SQL. The base salary range is $100k-$120k. We are an equal opportunity employer.');
    const kinds = segment(clean.text, clean.headingLines, tokenize(clean.text)).sections.map((s) => s.kind);
    expect(kinds).toEqual(['requirements', 'benefits']);
  });

  it.each([
    ['Our experience: great'],
    ['Note: the role is remote'],
    ['We use Python for data: lots of it'],
  ])('no heading in %j', (input) => {
    expect(headings(input).filter(([k]) => k === 'requirements' || k === 'preferred')).toEqual([]);
  });

  it("finds several roles, each with its own sections; a skill in a role's title is required for it", () => {
    const text = '**Data Engineer**\n*Responsibilities*\n- Build\n*Requirements*\n- 3+ years\n\n**ML Engineer**\n*Responsibilities*\n- Train\n*Requirements*\n- PhD';
    const clean = normalize(text);
    expect(segment(clean.text, clean.headingLines, tokenize(clean.text)).roles.map((r) => r.title)).toEqual(['Data Engineer', 'ML Engineer']);
    const html =
      '<p>About us</p><h2>Senior Data Engineer</h2><h3>Responsibilities</h3><ul><li>Build Spark jobs</li></ul><h3>Requirements</h3><ul><li>Python</li></ul>' +
      '<h2>ML Engineer</h2><h3>Responsibilities</h3><ul><li>Train models</li></ul><h3>Requirements</h3><ul><li>CUDA</li></ul>';
    expect(tagPosting(html).roles.map((r) => [r.title, r.skills.map((s) => `${s.id}:${s.requirement}`)])).toEqual([
      ['Senior Data Engineer', ['apache-spark:mentioned', 'python:required']],
      ['ML Engineer', ['machine-learning:required', 'cuda:required']],
    ]);
  });

  it('reads the title from the first line with text: after blank lines, or from markup', () => {
    for (const text of ['\n\n  Senior Java Developer\nWe build things.', '<p>Senior Java Developer</p><p>We build things.</p>', '<h1>Senior Java Developer</h1>We build things.']) {
      const r = tagPosting(text);
      expect([r.seniority.level, r.seniority.evidence[0]?.text, r.skills.map((s) => `${s.id}:${s.requirement}`)]).toEqual(['senior', 'Senior', ['java:required']]);
    }
  });
});

describe('headingKey', () => {
  // The definition, written with regular expressions; headingKey computes the same in one pass.
  const byRegex = (text: string): string =>
    text
      .toLowerCase()
      .replace(/[’‘`]/g, "'")
      .replace(/[*#_·•:： \t\n\r]+$/, '')
      .replace(/^[*#_·•\s\d.)-]+/u, '')
      .replace(/\s+/g, ' ')
      .trim();

  it.each(['**Requirements:**', '  1. What you’ll do ', '## Nice\u00a0to   have :', '- • 3) Skills\t\u3000', 'İstanbul office', '`a` ‘b’', ''])(
    '%j',
    (text) => expect(headingKey(text)).toBe(byRegex(text)),
  );

  it('equals the regular-expression definition on any string', () => {
    const piece = fc.oneof(
      fc.constantFrom('*', '#', '_', '•', '·', ':', '：', ' ', '\t', '\n', '\u00a0', '\u3000', '1', '.', ')', '-', '’', '‘', '`', 'İ', 'Skills', 'A b'),
      fc.string({ maxLength: 4 }),
      fc.string({ unit: 'binary', maxLength: 3 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 12 }).map((p) => p.join('')), (text) => headingKey(text) === byRegex(text)), { numRuns: 5000 });
  });
});

describe('knownHeading', () => {
  // knownHeading turns most lines away without making their key; it must answer as the key does.
  it('answers as the heading key does, on any string', () => {
    const piece = fc.oneof(
      fc.constantFrom('Requirements', 'NICE TO HAVE', 'It`s a plus if', 'it’s a bonus if', 'what you', '’ll', '`ll', ' do', 'About', 'about us', 'Why', 'why join us', 'Life at', 'Working at'),
      fc.constantFrom('*', '#', '_', '•', '·', ':', '：', ' ', '  ', '\t', '\n', '\r', '\v', '\f', '\u00a0', '1', '.', ')', '-', '?', 'İ', '关于', '职位要求'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), (text) => knownHeading(text) === headingOfKey(headingKey(text))),
      { numRuns: 20000 },
    );
  });

  it('finds the strong heading words in a text whenever its key has them', () => {
    // guessHeading turns away a phrase before a colon by them, without making its key.
    const piece = fc.oneof(
      fc.constantFrom('Preferred', 'NICE', 'to', 'have', 'Must', 'HAVES', 'bonus', 'Qualifications', 'REQUIREMENT', 'responsibilities', 'Duties', 'BENEFITS', 'perks', 'PER\u212aS', '加分', '要求', '福利'),
      fc.constantFrom('*', '#', '_', '·', ':', ' ', '  ', '\t', '\n', '\u00a0', '\u3000', '-', '`', '’', '1', '.', 'İ', 'ſ'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), (text) => !STRONG_HEADING_WORD.test(headingKey(text)) || STRONG_WORD_AS_WRITTEN.test(text)),
      { numRuns: 20000 },
    );
    for (const text of ['Nice \t to\u00a0have', 'MUST  \t HAVES:', '**Must-haves**', 'PER\u212aS', 'Bonus\u3000points']) {
      expect([text, STRONG_HEADING_WORD.test(headingKey(text)), STRONG_WORD_AS_WRITTEN.test(text)]).toEqual([text, true, true]);
    }
    expect(STRONG_WORD_AS_WRITTEN.test('Location')).toBe(false);
  });

  it('turns a line away by its first word only when no heading starts with the word its key starts with', () => {
    // A line whose first word starts no heading in the table is turned away at that word; the word
    // as the key has it may lose markers at its end ("Requirements: ·" is "requirements").
    const piece = fc.oneof(
      fc.constantFrom('Requirements', 'Skills', 'skills', 'Nice', 'to', 'have', 'What', 'you', 'will', 'do', 'It`s', 'a', 'plus', 'if', 'Develop', 'Strong', 'about', 'the', 'role'),
      fc.constantFrom(' ', '  ', '\t', '\n', ':', '*', '#', '_', '·', '•', '-', '1.', '?', ','),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), (text) => knownHeading(text) === headingOfKey(headingKey(text))),
      { numRuns: 20000 },
    );
    const lines = ['Requirements: ·', 'Requirements : ·', 'Skills:\t·', 'Skills *', 'Nice to have', 'Develop strong skills', 'What you will do:', 'Strong skills'];
    expect(lines.map((line) => knownHeading(line))).toEqual(['requirements', 'requirements', 'requirements', 'requirements', 'preferred', undefined, 'responsibilities', undefined]);
  });

  it('knows a heading as its key says, however long the text and its runs of whitespace', () => {
    // The long way (the key made, then looked up) against the filter that turns most lines away
    // (and every line whose key is longer than the table's longest key) without making the key.
    const piece = fc.oneof(
      fc.constantFrom('required skills and qualifications', 'ways to stand out from the crowd', 'Requirements', 'about the role', 'Why', 'x'),
      fc.constantFrom(' ', '          ', '\t\t\t', ' \u00a0 ', '*', '#', ':', '1.', '·', 'a', 'and'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), (text) => knownHeading(text) === headingOfKey(headingKey(text))),
      { numRuns: 20000 },
    );
    const padded = `required${' '.repeat(40)}skills and qualifications`;
    expect([knownHeading(padded), knownHeading(`${padded} x`), knownHeading(`**${padded}:**`)]).toEqual(['requirements', undefined, 'requirements']);
  });

  it('answers for a range of a text as for the range cut out', () => {
    const piece = fc.oneof(
      fc.constantFrom('Requirements', 'NICE TO HAVE', 'about us', 'Why', 'Life at', 'Skills', 'what you', '*', '#', '·', ':', ' ', '\t', '\n', '1', '.', '关于'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 8 }).map((p) => p.join('')), fc.nat(), fc.nat(), (text, a, b) => {
        const start = a % (text.length + 1);
        const end = start + (b % (text.length - start + 1));
        const kind = headingOfKey(headingKey(text.slice(start, end)));
        return knownHeadingAt(text, charCodes(text), start, end) === kind && knownHeading(text.slice(start, end)) === kind;
      }),
      { numRuns: 20000 },
    );
  });

  it.each([
    ['Requirements', 'requirements'],
    ['**NICE   TO HAVE:**', 'preferred'],
    ['2) What you`ll do', 'responsibilities'],
    ['- It`s a plus if:', 'preferred'],
    ['Perks and Benefits\t:', 'benefits'],
    ['Requirements\v', 'requirements'],
    ['Requirements:\f', undefined],
    ['Teamwork', undefined],
  ])('%j → %s', (text, kind) => {
    expect(knownHeading(text)).toBe(kind);
  });
});

describe('isTitleCase', () => {
  // The definition, written with split and a regular expression; isTitleCase computes the same in one pass.
  const SMALL = new Set(['a', 'an', 'and', 'or', 'of', 'the', 'to', 'for', 'in', 'on', 'with', 'at', 'by', '&', '/', '-']);
  const byRegex = (line: string): boolean => {
    const words = line.split(/\s+/).filter((w) => w && !SMALL.has(w.toLowerCase()));
    return words.length > 0 && words.every((w) => /^[\p{Lu}\d]/u.test(w));
  };

  it.each([
    ['Essential Skills & Experience', true],
    ['What You Will Do', true],
    ['Skills and experience', false],
    ['Benefits Of The Role', true],
    ['3D Graphics', true],
    ['AND the Or', false],
    ['Über Uns', true],
    ['über uns', false],
    ['', false],
  ])('%j → %s', (line, expected) => {
    expect(isTitleCase(line)).toBe(expected);
    expect(byRegex(line)).toBe(expected);
  });

  it('equals the definition on any string', () => {
    const piece = fc.oneof(
      fc.constantFrom(' ', '\t', '\u00a0', '\u2003', '\u3000', 'And', 'and', 'AND', 'the', 'With', 'withx', '&', '/', '-', 'Skills', 'skills', '3D', 'É', 'é', '职位'),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(fc.property(fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), (line) => isTitleCase(line) === byRegex(line)), { numRuns: 5000 });
  });
});

describe('a capitalised heading at the end of a run-on phrase', () => {
  it('is found as cutting the phrase out and reading its last words finds it', () => {
    // The plain reading: the phrase cut from the text, its last five words at most tried in turn.
    const reference = (phrase: string): { offset: number; kind: string } | undefined => {
      let end = phrase.length;
      for (let n = 1; n <= 5 && end > 0; n++) {
        const start = phrase.lastIndexOf(' ', end - 1) + 1;
        if (start === 0 || start === end || !/^[\p{Lu}&]/u.test(phrase.slice(start))) return undefined;
        const kind = n >= 2 ? knownHeading(phrase.slice(start)) : undefined;
        if (kind) return { offset: start, kind };
        end = start - 1;
      }
      return undefined;
    };
    const piece = fc.oneof(
      fc.constantFrom('Key', 'Responsibilities', 'Nice', 'To', 'Have', 'About', 'Us', 'Why', 'Join', 'What', "You'll", 'Do', 'skills', 'É', 'Ωmega', '&', 'SNMP', 'and'),
      fc.string({ maxLength: 3 }),
    );
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), fc.array(piece, { maxLength: 9 }).map((p) => p.join(' ')), fc.string({ maxLength: 3 }), (before, phrase, after) => {
        const text = before + phrase + after;
        const found = capitalisedHeadingAtEnd(text, charCodes(text), before.length, before.length + phrase.length);
        const expected = reference(phrase);
        expect(found && { offset: found.start - before.length, kind: found.kind }).toEqual(expected);
      }),
      { numRuns: 20000 },
    );
    expect(capitalisedHeadingAtEnd('x Linux SNMP Key Responsibilities', charCodes('x Linux SNMP Key Responsibilities'), 2, 33)).toEqual({ start: 13, kind: 'responsibilities' });
  });
});

describe('the one pass over a short line', () => {
  // What findHeadings read a short line by before: the words between spaces, tabs, line breaks and
  // no-break spaces, and isTitleCase of the line cut out.
  const words = (line: string): number => line.split(/[ \t\n\r\u00a0]+/).filter(Boolean).length;
  const piece = fc.oneof(
    fc.constantFrom(' ', '  ', '\t', '\u00a0', 'And', 'and', 'AND', 'the', 'The', 'With', 'with', 'withx', 'Wit', 'A', 'a', 'an', 'BY', '&', '/', '-', '@', '[', '`'),
    fc.constantFrom('Skills', 'skills', '3D', 'É', 'é', '职位', 'Requirements:', 'e.g.', '(Senior)', '~', '\x7f', '\x01'),
    fc.string({ maxLength: 5 }),
  );
  const lines = fc.tuple(fc.string({ maxLength: 3 }), fc.array(piece, { maxLength: 10 }).map((p) => p.join('')), fc.string({ maxLength: 3 }));

  it('counts the words and tells Title Case as wordCount and isTitleCase do', () => {
    fc.assert(
      fc.property(lines, ([before, line, after]) => {
        const text = before + line + after;
        const n = readShortLine(text, charCodes(text), before.length, before.length + line.length);
        const title = lastLineTitleCase();
        // -1 ("ask isTitleCase") exactly when the line has a character other than printable ASCII and the space.
        return n === words(line) && (title === -1) === /[^ -~]/.test(line) && (title === -1 || title === (isTitleCase(line) ? 1 : 0));
      }),
      { numRuns: 20000 },
    );
  });

  it('answers for a line of printable ASCII without isTitleCase', () => {
    for (const [line, title] of [['Essential Skills & Experience', 1], ['Benefits Of The Role', 1], ['AND the Or', 0], ['Skills and experience', 0], ['- / &', 0], ['', 0]] as const) {
      const text = `x\n${line}\ny`;
      expect(readShortLine(text, charCodes(text), 2, 2 + line.length)).toBe(words(line));
      expect(lastLineTitleCase()).toBe(title);
    }
  });

  it('finds a colon with text after it as the pattern did', () => {
    const COLON_THEN_TEXT = /[:：][ \t]*[^\s*_:：]/;
    const colonPiece = fc.oneof(fc.constantFrom(':', '：', ' ', '\t', '*', '_', '\u00a0', '\u2003', 'a', 'Skills'), fc.string({ maxLength: 2 }));
    fc.assert(
      fc.property(fc.string({ maxLength: 3 }), fc.array(colonPiece, { maxLength: 8 }).map((p) => p.join('')), fc.string({ maxLength: 3 }), (before, line, after) => {
        const text = before + line + after;
        return colonThenText(charCodes(text), before.length, before.length + line.length) === COLON_THEN_TEXT.test(line);
      }),
      { numRuns: 20000 },
    );
  });
});
