// False positives that real postings invite. Each sentence must tag none of the listed skills, with
// the small test taxonomy and with the default taxonomy.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractSkills } from '../src/index.js';
import { createTagger } from '../src/tagger.js';
import { parseTaxonomy } from '../src/taxonomy/parse.js';

const small = createTagger({
  taxonomy: parseTaxonomy(JSON.parse(readFileSync(new URL('./fixtures/small-taxonomy.json', import.meta.url), 'utf8'))),
});

const CASES: [string, string[]][] = [
  ['We want you to make a difference.', ['make', 'gnu-make']],
  ['Make an impact from day one.', ['make', 'gnu-make']],
  ['You will have access to the latest GPUs.', ['microsoft-access']],
  ['Trends that lead to success.', ['lead']],
  ['Our R&D team builds products.', ['r']],
  ['Own our go to market strategy.', ['go']],
  ['You will build systems that scale to millions of users.', ['build-systems']],
  ['We design and build systems for banks.', ['build-systems']],
  ['We build tools that developers love.', ['build-systems']],
  ['Go ahead and apply.', ['go']],
  ['C++ only, please.', ['c']],
  ['Reporting to C-level executives.', ['c']],
  ['We closed our Series C round.', ['c']],
  ['Spark curiosity in your team.', ['apache-spark']],
  ['Excel at what you do.', ['microsoft-excel']],
  ['A swift response to customers.', ['swift']],
  ['Remove rust from old code paths.', ['rust']],
  ['We react quickly to change.', ['react']],
  ['Join our executive chef team.', ['chef']],
  ['Our puppet show sponsorship.', ['puppet']],
  ['Express your ideas clearly.', ['express', 'express-js']],
  ['Unity and teamwork matter to us.', ['unity']],
  ['Triton Digital is our partner.', ['triton-inference-server', 'openai-triton']],
  ['Merlin the wizard.', ['merlin', 'nvidia-merlin']],
  ['Please submit your CV and cover letter.', ['computer-vision']],
  ['Account Managers will help you.', []],
  ['The ray of light.', ['ray']],
  ['a dart board in the office', ['dart']],
  ['Efficacy studies in collaboration with other scientists in the group.', ['collaboration']],
  ['Share your findings with colleagues and collaboration partners.', ['collaboration']],
  ['If you are among them you can rest assured there is a place for you.', ['rest-assured']],
  ['Julia from HR will call you.', ['julia']],
];

describe.each([
  ['small taxonomy', (t: string) => small.extractSkills(t).map((s) => s.id)],
  ['default taxonomy', (t: string) => extractSkills(t).map((s) => s.id)],
])('negative cases, %s', (_, ids) => {
  it.each(CASES)('%j tags none of %j', (text, forbidden) => {
    const got = ids(text);
    expect(got.filter((id) => forbidden.includes(id))).toEqual([]);
  });
});
