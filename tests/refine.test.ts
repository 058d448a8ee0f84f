// Which mentions count as evidence, and at what level: names of teams, colleagues and the job itself.
import { describe, expect, it } from 'vitest';
import { tagPosting } from '../src/index.js';

const mentionsOf = (text: string, id: string) =>
  tagPosting(text).skills.find((s) => s.id === id)?.mentions.map((m) => `${m.text}@${m.start}:${m.requirement}`) ?? [];
const tagOf = (text: string, id: string) => tagPosting(text).skills.find((s) => s.id === id);

describe('names of groups and colleagues', () => {
  it('drops a skill that names a team', () => {
    expect(tagOf('You will be part of our Agile team.', 'agile')).toBeUndefined();
  });

  it('drops a skill that names a team past the word of its field, and only one such word', () => {
    expect(tagOf('You will join our Kubernetes Platform team.', 'kubernetes')).toBeUndefined();
    expect(tagOf('You will join the Kubernetes Platform Engineering team.', 'kubernetes')).toBeDefined();
    expect(tagOf('Work with Kubernetes Platform tooling.', 'kubernetes')).toBeDefined();
  });

  it("drops a skill that names colleagues' roles", () => {
    expect(tagOf('You will collaborate with the QA Engineers of the other teams.', 'quality-assurance')).toBeUndefined();
  });
});

describe("the job's own name", () => {
  const title = 'Senior Java Developer\nRequirements\n5+ years of Java and Spring.';

  it('is not evidence when the posting asks for the skill elsewhere as strongly', () => {
    expect(mentionsOf(title, 'java')).toEqual([`Java@${title.lastIndexOf('Java')}:required`]);
  });

  it('is the evidence when nothing else names the skill', () => {
    const text = 'Senior Java Developer\nRequirements\n5+ years of Spring.';
    const java = tagOf(text, 'java');
    expect(java?.requirement).toBe('required');
    expect(java?.mentions.map((m) => m.start)).toEqual([7]);
  });

  it('stays when it is what makes the skill required', () => {
    const text = 'Senior Java Developer\nAbout us\nOur services are written in Java.';
    const java = tagOf(text, 'java');
    expect(java?.requirement).toBe('required');
    expect(java?.mentions.map((m) => m.requirement)).toEqual(['required', 'mentioned']);
  });

  it('covers "we are looking for a ... Developer" and "Role:" header fields', () => {
    const text =
      'Role:\nDevOps Engineer\nJob description\nWe are looking for an experienced iOS Developer.\n' +
      'Requirements\nExperience with DevOps practices and iOS.';
    expect(mentionsOf(text, 'devops')).toEqual([`DevOps@${text.lastIndexOf('DevOps')}:required`]);
    expect(mentionsOf(text, 'ios')).toEqual([`iOS@${text.lastIndexOf('iOS')}:required`]);
  });
});
