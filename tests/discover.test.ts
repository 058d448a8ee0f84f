// skilltag/discover on short texts: candidates after cue phrases, grouping of variants by their
// stems, flags for near-duplicates of existing aliases, ranking by postings, and output that is a
// valid taxonomy extension.
import { describe, expect, it } from 'vitest';
import { suggestSkills, suggestionsToTaxonomy } from '../src/discover/index.js';
import { defaultTaxonomy, extendTaxonomy, parseTaxonomy } from '../src/index.js';

describe('suggestSkills', () => {
  it('finds phrases the taxonomy lacks after cue phrases, and skips known skills', () => {
    const s = suggestSkills(['Requirements: experience with Foobarium and Kubernetes, knowledge of quantum widget theory.']);
    expect(s.map((x) => x.name)).toEqual(['Foobarium', 'quantum widget theory']);
    expect(s[0]!.examples[0]).toMatchObject({ posting: 0, text: 'Foobarium' });
  });

  it('groups variants by their stems and ranks by how many postings name them', () => {
    const s = suggestSkills([
      'Experience with widget orchestration is required.',
      'Knowledge of widget orchestrations.',
      'Familiarity with Zorblax.',
      'Experience with widget orchestration, Zorblax and Flimflam.',
    ]);
    expect(s.map((x) => [x.name, x.postings, x.aliases])).toEqual([
      ['widget orchestration', 3, ['widget orchestrations']],
      ['Zorblax', 2, []],
      ['Flimflam', 1, []],
    ]);
  });

  it('flags a near-duplicate of an existing alias as a possible alias', () => {
    const [typo] = suggestSkills(['Experience with Kubernates.']);
    expect(typo?.possibleAliasOf).toMatchObject({ id: 'kubernetes', name: 'Kubernetes' });
    expect(typo!.possibleAliasOf!.similarity).toBeGreaterThan(0.93);
  });

  it('ignores company and equal-opportunity text', () => {
    expect(suggestSkills(['We are an equal opportunity employer, regardless of race, veteran status such as Zorblax.'])).toEqual([]);
  });

  it('uses the taxonomy it is given', () => {
    const mine = extendTaxonomy(defaultTaxonomy, { skills: [{ id: 'zorblax', name: 'Zorblax', category: 'developer-tool' }] });
    expect(suggestSkills(['Experience with Zorblax and Flimflam.'], { taxonomy: mine }).map((x) => x.name)).toEqual(['Flimflam']);
  });

  it('gives a taxonomy file that extends the default taxonomy', () => {
    const s = suggestSkills(['Experience with Zorblax, Flimflam and widget orchestration.', 'Experience with Zorblax.']);
    const file = suggestionsToTaxonomy(s);
    const t = extendTaxonomy(defaultTaxonomy, file);
    expect(t.get('zorblax')?.description).toMatch(/^Seen in 2 postings/);
    expect(() => parseTaxonomy({ skills: file.skills })).not.toThrow();
  });
});
