/** One problem found in a taxonomy file. */
export interface TaxonomyIssue {
  /** A short machine-readable code: `invalid_type`, `alias_collision`, `unknown_broader`... */
  code: string;
  /** Where in the file: `['skills', 41, 'aliases', 2]`. */
  path: (string | number)[];
  /** What is wrong, saying what was received. */
  message: string;
  /** How to fix it, when there is an obvious way. */
  hint?: string;
  /** The file the problem is in, when several files are checked together. */
  source?: string;
}

/** `skills[41].aliases[2]` */
export function formatPath(path: readonly (string | number | symbol)[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else {
      const key = String(part);
      out += /^[A-Za-z_$][\w$]*$/.test(key) ? (out ? '.' : '') + key : `[${JSON.stringify(key)}]`;
    }
  }
  return out || '(root)';
}

export function formatIssue(issue: TaxonomyIssue): string {
  const where = issue.source ? `${issue.source}: ` : '';
  return `${where}${formatPath(issue.path)}: ${issue.message}${issue.hint ? ` (${issue.hint})` : ''}`;
}

/** Thrown by `parseTaxonomy`, `extendTaxonomy` and `createTagger` for an invalid taxonomy. */
export class TaxonomyError extends Error {
  override readonly name = 'TaxonomyError';
  readonly issues: TaxonomyIssue[];
  /** The file or label the taxonomy came from, when known. */
  readonly source: string | undefined;

  constructor(issues: TaxonomyIssue[], source?: string) {
    const where = source ? `${source}: ` : '';
    const count = issues.length === 1 ? '1 problem' : `${issues.length} problems`;
    super(`${where}invalid taxonomy, ${count}:\n${issues.map((i) => `  ${formatIssue(i)}`).join('\n')}`);
    this.issues = issues;
    this.source = source;
  }
}
