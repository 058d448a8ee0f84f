import nlp from 'compromise';

/** A phrase that reads like a skill, where it was found in the clean text of a posting. */
export interface Candidate {
  text: string;
  start: number;
  end: number;
}

/** Phrases after which postings name skills: "experience with X", "knowledge of X", "such as X, Y and Z". */
const CUES =
  /\b(?:experience (?:with|in|using|of)|experienced (?:with|in)|knowledge (?:of|in)|proficien(?:cy|t) (?:in|with)|familiar(?:ity)? with|expertise (?:in|with)|understanding of|skills? (?:in|with)|background in|fluen(?:cy|t) in|working with|such as|e\.g\.,?)\s/gi;
/** Where a cue's list ends. */
const LIST_END = /[.;:!?\n·•*]|\b(?:to|that|which|who|where|when|is|are|will|would|should|as well as|in order)\b/i;
/** Separators between the items of a list; a slash only between longer words ("Docker/Kubernetes", not "CI/CD"). */
const ITEM_SEPARATORS = /,|(?<=\s)\/(?=\s)|(?<=\p{L}{4})\/(?=\p{L}{4})|\(|\)|\band\b|\bor\b|&/giu;

/** Words at the edges of an item that are not part of the skill's name. */
const EDGE_WORDS = new Set([
  'a', 'an', 'the', 'any', 'some', 'other', 'related', 'relevant', 'similar', 'various', 'modern', 'common', 'strong',
  'solid', 'good', 'great', 'excellent', 'deep', 'basic', 'advanced', 'proven', 'hands-on', 'practical', 'professional',
  'general', 'current', 'latest', 'new', 'key', 'core', 'popular', 'standard', 'typical', 'major', 'multiple', 'etc',
  'tools', 'tool', 'tooling', 'technologies', 'technology', 'frameworks', 'framework', 'libraries', 'library',
  'concepts', 'principles', 'techniques', 'practices', 'methodologies', 'environments', 'environment', 'platforms',
  'platform', 'languages', 'language', 'skills', 'skill', 'experience', 'knowledge', 'stack', 'stacks', 'ecosystem',
  'one', 'more', 'least', 'at', 'of', 'in', 'with', 'using', 'our', 'your', 'their', 'its', 'and', 'or', 'is', 'plus',
  'e.g', 'i.e', 'effective', 'efficient', 'desirable', 'preferred', 'required', 'preferably', 'ideally', 'e', 'g', 'eg', 'ie', 'etc',
]);
/** Items that are never skills on their own. */
const GENERIC = new Set([
  'team', 'teams', 'projects', 'project', 'business', 'customers', 'clients', 'company', 'work', 'solutions', 'products',
  'people', 'stakeholders', 'others', 'things', 'areas', 'field', 'industry', 'role', 'systems', 'applications', 'data',
  'software', 'development', 'engineering', 'design', 'production', 'support', 'operations', 'services', 'code',
  'years', 'year', 'time', 'ability', 'understanding', 'opportunity', 'problems', 'challenges', 'quality', 'process',
  'processes', 'requirements', 'features', 'components', 'environment', 'infrastructure', 'architecture', 'tasks',
  'organization', 'organisation', 'users', 'world', 'domain', 'scale', 'performance', 'security', 'testing', 'tests',
  'problem', 'importance', 'degree', "bachelor's degree", "master's degree", 'bachelor', 'master', 'phd', 'english',
  'configuration', 'implementation', 'maintenance', 'documentation', 'integration', 'deployment', 'analysis',
  'proficiency', 'familiarity', 'exposure', 'expertise', 'customer', 'customers', 'bs', 'ms', 'ba', 'ma', 'msc', 'bsc',
  'techniques', 'challenges', 'applications',
]);

const MAX_WORDS = 4;
const MAX_CHARS = 40;

function trimItem(text: string, start: number): Candidate | null {
  const words = [...text.matchAll(/[^\s]+/g)];
  let a = 0;
  let b = words.length;
  const bare = (w: string): string => {
    let s = 0;
    let e = w.length;
    while (s < e && !/[\p{L}\p{N}.#+]/u.test(w[s]!)) s++;
    while (e > s && !/[\p{L}\p{N}#+]/u.test(w[e - 1]!)) e--;
    return w.slice(s, e).toLowerCase();
  };
  const edge = (w: string): boolean => {
    const x = bare(w);
    return x === '' || EDGE_WORDS.has(x);
  };
  while (a < b && edge(words[a]![0])) a++;
  while (b > a && edge(words[b - 1]![0])) b--;
  if (a >= b || b - a > MAX_WORDS) return null;
  const first = words[a]!;
  const last = words[b - 1]!;
  let s = first.index!;
  let e = last.index! + last[0].length;
  // Trailing punctuation is not part of a name; a leading dot is (".NET").
  while (e > s && /[^\p{L}\p{N}#+)]/u.test(text[e - 1]!)) e--;
  while (s < e && /[^\p{L}\p{N}.#@]/u.test(text[s]!)) s++;
  const phrase = text.slice(s, e);
  if (phrase.length < 2 || phrase.length > MAX_CHARS || !/\p{L}/u.test(phrase)) return null;
  if (GENERIC.has(phrase.toLowerCase())) return null;
  return { text: phrase, start: start + s, end: start + e };
}

/**
 * Whether compromise reads the phrase as naming a thing rather than an action or a description. A
 * phrase that starts with a capital or has digits or symbols in it reads as a name already ("Zorblax",
 * "gRPC", "C++17"), whatever compromise would make of its suffix.
 */
function nounLike(phrase: string): boolean {
  if (/^[A-Z]|[0-9.#+]/.test(phrase) && !/^(?:I|We|You|They|It|Our|This|That)\b/.test(phrase)) return true;
  const doc = nlp(phrase);
  if (!doc.has('#Noun') || doc.has('#Pronoun')) return false;
  // "build", "working closely" and "communicate clearly" start with a verb and name no skill.
  if (doc.terms().first().has('(#Verb|#Adverb|#Preposition|#Pronoun|#Determiner)') && !doc.terms().first().has('#Noun')) return false;
  return true;
}

/** Skill-like phrases in the lists that follow cue phrases in a clause ("experience with X, Y and Z"). */
export function findCandidates(clause: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  CUES.lastIndex = 0;
  for (let m = CUES.exec(clause); m; m = CUES.exec(clause)) {
    const from = m.index + m[0].length;
    let span = clause.slice(from, from + 200);
    const end = LIST_END.exec(span);
    if (end) span = span.slice(0, end.index);
    let at = 0;
    ITEM_SEPARATORS.lastIndex = 0;
    const pieces: [string, number][] = [];
    for (let s = ITEM_SEPARATORS.exec(span); s; s = ITEM_SEPARATORS.exec(span)) {
      pieces.push([span.slice(at, s.index), at]);
      at = s.index + s[0].length;
      if (s[0].length === 0) ITEM_SEPARATORS.lastIndex++;
    }
    pieces.push([span.slice(at), at]);
    for (const [piece, pieceOffset] of pieces) {
      const c = trimItem(piece, offset + from + pieceOffset);
      if (c && nounLike(c.text)) out.push(c);
    }
  }
  return out;
}

/** The noun phrases of a requirement bullet ("• Distributed tracing and chaos engineering"), as compromise reads them. */
export function bulletCandidates(clause: string, offset: number): Candidate[] {
  const out: Candidate[] = [];
  const doc = nlp(clause);
  let from = 0;
  for (const phrase of doc.nouns().out('array') as string[]) {
    const at = clause.indexOf(phrase, from);
    if (at < 0) continue;
    from = at + phrase.length;
    for (const piece of phrase.split(/,|\band\b|\bor\b|&/i)) {
      const pieceAt = clause.indexOf(piece, at);
      if (pieceAt < 0) continue;
      const c = trimItem(piece, offset + pieceAt);
      // Outside a "experience with" list, only names that look like names: "Kafka Streams", "gRPC", "C++17";
      // a bullet's first word is capitalized anyway, so alone it proves nothing.
      const first = c !== null && clause.slice(0, c.start - offset).replace(/[^\p{L}\p{N}]/gu, '') === '';
      if (c && /[A-Z0-9.#+/]/.test(c.text) && !(first && !/\s|[0-9.#+/]|[A-Z].*[A-Z]/.test(c.text)) && nounLike(c.text)) out.push(c);
    }
  }
  return out;
}
