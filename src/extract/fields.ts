/**
 * Fields of study as degree requirements name them, with their canonical names. Longer names are
 * tried first, so "Electrical and Computer Engineering" wins over "Computer Engineering". A form is
 * written as `findFields` cuts text into words: a hyphen separates them ("human computer interaction"
 * is also "Human-Computer Interaction").
 */
export const FIELDS: readonly [string, string[]][] = [
  ['Computer Science', ['computer science', 'computer sciences', 'comp sci', 'cs', 'computing science', 'computing', '计算机', '计算机科学']],
  ['Computer Engineering', ['computer engineering', 'computer engineer']],
  ['Electrical and Computer Engineering', ['electrical and computer engineering', 'electrical & computer engineering', 'ece']],
  ['Electrical Engineering', ['electrical engineering', 'electronic engineering', 'electronics engineering', 'electronics', 'ee', '电子工程', '电子']],
  ['Software Engineering', ['software engineering', '软件工程', '软件']],
  ['Mathematics', ['mathematics', 'math', 'maths', 'applied mathematics', 'applied math', '数学']],
  ['Statistics', ['statistics', 'statistical science', 'biostatistics', '统计', '统计学']],
  ['Physics', ['physics', 'applied physics', '物理']],
  ['Engineering', ['engineering', 'engineering discipline', '工程']],
  ['Data Science', ['data science', 'data analytics']],
  ['Information Technology', ['information technology', 'it']],
  ['Information Systems', ['information systems', 'management information systems', 'mis', 'information science']],
  ['Artificial Intelligence', ['artificial intelligence', 'ai', '人工智能']],
  ['Machine Learning', ['machine learning']],
  ['Robotics', ['robotics']],
  ['Mechanical Engineering', ['mechanical engineering']],
  ['Chemical Engineering', ['chemical engineering']],
  ['Civil Engineering', ['civil engineering']],
  ['Industrial Engineering', ['industrial engineering']],
  ['Aerospace Engineering', ['aerospace engineering', 'aeronautical engineering']],
  ['Biomedical Engineering', ['biomedical engineering', 'bioengineering']],
  ['Bioinformatics', ['bioinformatics', 'computational biology']],
  ['Biology', ['biology', 'life sciences', 'molecular biology']],
  ['Chemistry', ['chemistry']],
  ['Economics', ['economics', 'econometrics']],
  ['Finance', ['finance', 'financial engineering']],
  ['Accounting', ['accounting']],
  ['Business Administration', ['business administration', 'business']],
  ['Marketing', ['marketing']],
  ['Operations Research', ['operations research', 'operational research']],
  ['Cognitive Science', ['cognitive science']],
  ['Neuroscience', ['neuroscience']],
  ['Psychology', ['psychology']],
  ['Linguistics', ['linguistics', 'computational linguistics']],
  ['Materials Science', ['materials science', 'material science']],
  ['Design', ['design', 'graphic design', 'interaction design', 'human computer interaction', 'hci']],
  ['STEM', ['stem', 'a stem field', 'quantitative field', 'a quantitative field', 'quantitative discipline']],
];

/** A CJK ideograph. */
const CJK = /[\u4e00-\u9fff]/;

const BY_FORM = new Map<string, string>();
for (const [name, forms] of FIELDS) for (const f of forms) BY_FORM.set(f, name);
/** Short forms that are fields only when written in capitals. */
const CAPS_ONLY = new Set(['cs', 'ee', 'it', 'ai', 'mis', 'ece', 'hci', 'stem']);

/** A form of a field, cut into its words, and the field's name. */
interface Form {
  words: readonly string[];
  name: string;
}
/** The forms by their first word, longest first: a form can start only at its first word, and the longest that fits wins. */
const BY_FIRST_WORD = new Map<string, Form[]>();
for (const [form, name] of BY_FORM) {
  const words = form.split(' ');
  const list = BY_FIRST_WORD.get(words[0]!);
  if (list) list.push({ words, name });
  else BY_FIRST_WORD.set(words[0]!, [{ words, name }]);
}
for (const list of BY_FIRST_WORD.values()) list.sort((a, b) => b.words.length - a.words.length);
/** The forms written in CJK characters, looked for inside a run of them (CJK text has no spaces between words). */
const CJK_FORMS = [...BY_FORM].filter(([form]) => CJK.test(form));

export interface FieldFinding {
  name: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}&]+|[\u4e00-\u9fff]+/gu;

/** Whether text has a CJK ideograph (U+4E00-U+9FFF). */
function hasCjk(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x4e00 && c <= 0x9fff) return true;
  }
  return false;
}

/** The fields of study named in `text` (a degree clause from the degree on), longest names first. */
export function findFields(text: string, offset: number): FieldFinding[] {
  // The words as written, lowercased, and where each starts: three lists, an entry a word in each.
  const lower: string[] = [];
  const raw: string[] = [];
  const at: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    raw.push(m[0]);
    lower.push(m[0].toLowerCase());
    at.push(m.index);
  }
  const cjk = hasCjk(text);
  const out: FieldFinding[] = [];
  const n = lower.length;
  for (let i = 0; i < n; ) {
    let hit: FieldFinding | null = null;
    let used = 0;
    for (const form of BY_FIRST_WORD.get(lower[i]!) ?? NO_FORMS) {
      const length = form.words.length;
      if (i + length > n || !wordsAt(lower, i, form.words)) continue;
      if (length === 1 && CAPS_ONLY.has(lower[i]!) && raw[i] !== raw[i]!.toUpperCase()) continue;
      hit = { name: form.name, start: offset + at[i]!, end: offset + at[i + length - 1]! + raw[i + length - 1]!.length };
      used = length;
      break;
    }
    if (hit) {
      const found = hit;
      if (!out.some((f) => f.name === found.name)) out.push(found);
      i += used;
    } else {
      // CJK runs are one word here: look for a field name inside them too.
      const w = lower[i]!;
      if (cjk && hasCjk(w)) {
        for (const [form, name] of CJK_FORMS) {
          const k = w.indexOf(form);
          if (k >= 0 && !out.some((f) => f.name === name)) out.push({ name, start: offset + at[i]! + k, end: offset + at[i]! + k + form.length });
        }
      }
      i++;
    }
  }
  return out;
}

const NO_FORMS: readonly Form[] = [];

/** Whether the words from `i` on are `words`. */
function wordsAt(lower: readonly string[], i: number, words: readonly string[]): boolean {
  for (let k = 0; k < words.length; k++) if (lower[i + k] !== words[k]) return false;
  return true;
}
