import type { DegreeRequirement, PostingTags, Salary, Seniority, SkillTag } from '../types.js';

function seniorityLine(s: Seniority): string {
  const parts: string[] = [];
  if (s.level) parts.push(s.level);
  if (s.years) parts.push(s.years.max === null ? `${s.years.min}+ years` : s.years.min === s.years.max ? `${s.years.min} years` : `${s.years.min}-${s.years.max} years`);
  return parts.length ? parts.join(', ') : '-';
}

function degreeLine(degrees: DegreeRequirement[]): string {
  if (!degrees.length) return '-';
  return degrees
    .map((d) => {
      const fields = d.fields.length ? ` in ${d.fields.join(', ')}` : '';
      const eq = d.equivalentExperience ? ' or equivalent experience' : '';
      return `${d.level}${fields}${eq}${d.requirement === 'preferred' ? ' (preferred)' : ''}`;
    })
    .join('; ');
}

function salaryLine(s: Salary | null): string {
  if (!s) return '-';
  const n = (x: number): string => x.toLocaleString('en-US');
  return `${n(s.min)}${s.max !== null && s.max !== s.min ? `-${n(s.max)}` : ''} ${s.currency}/${s.period}`;
}

function skillList(skills: SkillTag[], requirement: SkillTag['requirement']): string {
  const names = skills.filter((s) => s.requirement === requirement).map((s) => s.name);
  return names.length ? names.join(', ') : '-';
}

/** A short human-readable summary of one posting. */
export function formatTable(label: string, tags: PostingTags): string {
  const lines = [
    label,
    `  seniority  ${seniorityLine(tags.seniority)}`,
    `  degree     ${degreeLine(tags.degrees)}`,
    `  salary     ${salaryLine(tags.salary)}`,
    `  required   ${skillList(tags.skills, 'required')}`,
    `  preferred  ${skillList(tags.skills, 'preferred')}`,
    `  mentioned  ${skillList(tags.skills, 'mentioned')}`,
  ];
  for (const role of tags.roles) {
    lines.push(`  role       ${role.title}`);
    lines.push(`    seniority  ${seniorityLine(role.seniority)}; degree ${degreeLine(role.degrees)}`);
    lines.push(`    required   ${skillList(role.skills, 'required')}`);
  }
  return lines.join('\n') + '\n';
}
