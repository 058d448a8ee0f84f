/**
 * Recognises HTML tags, comments and script/style blocks in posting text and says what each should
 * become: a line break for block elements, a bullet for list items, nothing for inline markup.
 * Searches for closing delimiters are cached, so a text full of `<` stays linear.
 */

import { HASH_SEED, hashStep } from '../match/key-filter.js';

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'br', 'dd', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'main', 'nav', 'ol', 'p', 'pre', 'section',
  'table', 'tbody', 'thead', 'tfoot', 'tr', 'ul', 'title', 'body', 'html', 'head',
]);
const INLINE = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 'q', 's',
  'samp', 'small', 'span', 'strong', 'sub', 'sup', 'time', 'u', 'var', 'wbr', 'img',
]);
const HEADING = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const EMPHASIS = new Set(['b', 'strong']);

export interface Tag {
  /** Characters of the input the tag (or the whole script/style element, or comment) spans. */
  length: number;
  /** What replaces it in the clean text. */
  text: string;
  /** The lowercase tag name; '' for comments and declarations. */
  name: string;
  closing: boolean;
  /** An opening tag that marks a heading: `<h1>`-`<h6>`, `<b>`, `<strong>`. */
  heading: boolean;
}

/** What is known of a tag name: its replacements when it opens and when it closes, and whether it marks a heading. */
interface TagName {
  readonly name: string;
  readonly open: string;
  readonly close: string;
  readonly heading: boolean;
}

/**
 * Tag names read before, by the hash of their lowercase letters: a posting repeats a few names
 * (`p`, `li`, `br`, `strong`), each read without cutting it from the text. At most MAX_NAMES names
 * of at most MAX_NAME_LENGTH characters are kept (a text of made-up names makes the rest anew).
 */
const NAMES = new Map<number, TagName>();
const MAX_NAMES = 512;
const MAX_NAME_LENGTH = 32;

/**
 * The name of the tag at text [start, end): ASCII letters, digits and hyphens; `h` is `hashStep` over
 * its characters `| 32` (which lowercases a letter and leaves a digit or a hyphen as it is).
 */
function nameAt(text: string, start: number, end: number, h: number): TagName {
  const known = NAMES.get(h);
  if (known !== undefined && sameName(text, start, end, known.name)) return known;
  const name = text.slice(start, end).toLowerCase();
  const made: TagName = { name, open: replacementFor(name, false), close: replacementFor(name, true), heading: HEADING.has(name) || EMPHASIS.has(name) };
  if (known === undefined && NAMES.size < MAX_NAMES && name.length <= MAX_NAME_LENGTH) NAMES.set(h, made);
  return made;
}

function sameName(text: string, start: number, end: number, name: string): boolean {
  if (end - start !== name.length) return false;
  for (let k = 0; k < name.length; k++) if ((text.charCodeAt(start + k) | 32) !== name.charCodeAt(k)) return false;
  return true;
}

const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Reusable search cache: the next index of a delimiter at or after a position. */
class NextIndex {
  private at = -2;
  private from = -1;
  constructor(
    private readonly text: string,
    private readonly needle: string,
  ) {}
  find(i: number): number {
    if (this.at === -1 && i >= this.from) return -1;
    if (this.at >= i && this.from <= i) return this.at;
    this.from = i;
    this.at = this.text.indexOf(this.needle, i);
    return this.at;
  }
}

export class TagReader {
  private readonly gt: NextIndex;
  private readonly escapedGt: NextIndex;
  private readonly commentEnd: NextIndex;
  /** Case-insensitive searches for closing script/style tags, on a lowercased copy made at the first such element. */
  private scriptEnd: NextIndex | null = null;
  private styleEnd: NextIndex | null = null;

  constructor(private readonly text: string) {
    this.gt = new NextIndex(text, '>');
    this.escapedGt = new NextIndex(text, '&gt;');
    this.commentEnd = new NextIndex(text, '-->');
  }

  /** Where the element's closing tag starts at or after `i`, or -1. */
  private closingTag(name: 'script' | 'style', i: number): number {
    if (!this.scriptEnd || !this.styleEnd) {
      // Only ASCII letters matter here, and offsets must stay those of the text ("İ" lowercases to two characters).
      let lower = this.text.toLowerCase();
      if (lower.length !== this.text.length) lower = this.text.replace(/[A-Z]+/g, (m) => m.toLowerCase());
      this.scriptEnd = new NextIndex(lower, '</script');
      this.styleEnd = new NextIndex(lower, '</style');
    }
    return (name === 'script' ? this.scriptEnd : this.styleEnd).find(i);
  }

  /**
   * Reads a tag at `i`, written as `<...>` or escaped as `&lt;...&gt;` (HTML shown as text). Returns
   * null when what is there is not a tag (`a < b`, `<3`).
   */
  read(i: number, escaped: boolean): Tag | null {
    const text = this.text;
    const open = escaped ? 4 : 1;
    const j = i + open;
    const c = text.charCodeAt(j);
    if (!escaped && c === 33 /* ! */) {
      if (text.startsWith('!--', j)) {
        const end = this.commentEnd.find(j + 3);
        if (end < 0) return null;
        return { length: end + 3 - i, text: '', name: '', closing: false, heading: false };
      }
      const end = this.gt.find(j);
      if (end < 0 || end - i > 500) return null;
      return { length: end + 1 - i, text: '', name: '', closing: false, heading: false };
    }
    const closing = c === 47; /* / */
    const nameStart = closing ? j + 1 : j;
    if (!isAsciiLetter(text.charCodeAt(nameStart))) return null;
    // The name, and its hash as `nameAt` looks it up.
    let k = nameStart;
    let h = HASH_SEED;
    while (k < text.length) {
      const d = text.charCodeAt(k);
      if (!(isAsciiLetter(d) || (d >= 48 && d <= 57) || d === 45)) break;
      h = hashStep(h, d | 32);
      k++;
    }
    const after = text.charCodeAt(k);
    // After the name: the end of the tag, whitespace before attributes, or a self-closing slash.
    const endsHere = escaped ? text.startsWith('&gt;', k) : after === 62;
    if (!endsHere && !(after === 32 || after === 9 || after === 10 || after === 13 || after === 47)) return null;
    // A tag that ends right after its name ("<p>", "<li>") needs no search for its end.
    const end = endsHere ? k : escaped ? this.escapedGt.find(k) : this.gt.find(k);
    if (end < 0 || end - i > 2000) return null;
    let length = end + (escaped ? 4 : 1) - i;
    const tagName = nameAt(text, nameStart, k, h);
    const name = tagName.name;
    if (!escaped && !closing && (name === 'script' || name === 'style')) {
      const close = this.closingTag(name, i + length);
      if (close >= 0) {
        const gt = this.gt.find(close);
        length = (gt >= 0 ? gt + 1 : close) - i;
      } else {
        length = text.length - i;
      }
      return { length, text: '\n', name, closing, heading: false };
    }
    return { length, text: closing ? tagName.close : tagName.open, name, closing, heading: !closing && tagName.heading };
  }
}

function replacementFor(name: string, closing: boolean): string {
  if (name === 'li') return closing ? '\n' : '\n\u00b7 ';
  if (name === 'td' || name === 'th') return ' ';
  if (BLOCK.has(name)) return '\n';
  if (INLINE.has(name)) return '';
  return ' ';
}
