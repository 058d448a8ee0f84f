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

const BY_FORM = new Map<string, string>();
for (const [name, forms] of FIELDS) for (const f of forms) BY_FORM.set(f, name);
/** Short forms that are fields only when written in capitals. */
const CAPS_ONLY = new Set(['cs', 'ee', 'it', 'ai', 'mis', 'ece', 'hci', 'stem']);
const LONGEST = Math.max(...[...BY_FORM.keys()].map((k) => k.split(' ').length));
/** The first words of the forms: a form can start only at one of them. */
const FIRST_WORDS = new Set([...BY_FORM.keys()].map((k) => k.split(' ')[0]!));

export interface FieldFinding {
  name: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}&]+|[\u4e00-\u9fff]+/gu;

/** The fields of study named in `text` (a degree clause from the degree on), longest names first. */
export function findFields(text: string, offset: number): FieldFinding[] {
  const words: { w: string; raw: string; s: number; e: number }[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    words.push({ w: m[0].toLowerCase(), raw: m[0], s: m.index, e: m.index + m[0].length });
  }
  const out: FieldFinding[] = [];
  for (let i = 0; i < words.length; ) {
    let hit: FieldFinding | null = null;
    let used = 0;
    const longest = FIRST_WORDS.has(words[i]!.w) ? Math.min(LONGEST, words.length - i) : 0;
    for (let len = longest; len >= 1 && !hit; len--) {
      const form = words.slice(i, i + len).map((x) => x.w).join(' ');
      const name = BY_FORM.get(form);
      if (!name) continue;
      if (len === 1 && CAPS_ONLY.has(form) && words[i]!.raw !== words[i]!.raw.toUpperCase()) continue;
      hit = { name, start: offset + words[i]!.s, end: offset + words[i + len - 1]!.e };
      used = len;
    }
    if (hit) {
      // CJK runs are one word here: look for a field name inside them too.
      if (!out.some((f) => f.name === hit.name)) out.push(hit);
      i += used;
    } else {
      const w = words[i]!;
      if (/[\u4e00-\u9fff]/.test(w.w)) {
        for (const [form, name] of BY_FORM) {
          const at = w.w.indexOf(form);
          if (at >= 0 && /[\u4e00-\u9fff]/.test(form) && !out.some((f) => f.name === name)) {
            out.push({ name, start: offset + w.s + at, end: offset + w.s + at + form.length });
          }
        }
      }
      i++;
    }
  }
  return out;
}
