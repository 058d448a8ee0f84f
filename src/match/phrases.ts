import { phraseStarts, startKeys, type PhraseStarts } from './key-filter.js';
import { mayStart, tokenizePhrase, type Tokens } from './tokenize.js';

/**
 * A set of short phrases, each with a kind, found in a token stream with one map lookup per token:
 * the cue phrases of the refine step ("is a plus", "no prior experience", "experience with") are
 * matched this way instead of with one large regular expression each, which would re-scan the text
 * once per expression. Every phrase that starts at a token is reported, not only the longest.
 */
export interface PhraseRule<K extends string> {
  kind: K;
  /** The next token must be one of these (or the end of the line) for the phrase to count. */
  before?: ReadonlySet<string>;
}

interface Node<K extends string> {
  next: Map<string, Node<K>> | undefined;
  rules: PhraseRule<K>[] | undefined;
}

/** ASCII words separated by single spaces: the tokenizer would cut such a phrase at its spaces. */
const SIMPLE = /^[A-Za-z0-9]+(?: [A-Za-z0-9]+)*$/;

/** A phrase's tokens, lowercased, as `tokenize` cuts them (most phrases are split without it). */
export function wordsOf(phrase: string): string[] {
  return SIMPLE.test(phrase) ? phrase.toLowerCase().split(' ') : allLower(tokenizePhrase(phrase));
}

function allLower(tokens: Tokens): string[] {
  const words: string[] = [];
  for (let i = 0; i < tokens.count; i++) words.push(tokens.lower(i));
  return words;
}

/** What may start a phrase of the set: a first word that is a phrase by itself, or a phrase's first two words. */
function phraseStartsOf<K extends string>(root: ReadonlyMap<string, Node<K>>): PhraseStarts {
  const { singles, pairs } = startKeys(root, (node) => node.rules !== undefined);
  return phraseStarts(singles, pairs);
}

export class PhraseSet<K extends string> {
  private readonly root = new Map<string, Node<K>>();
  /** What may start a phrase, made again after phrases are added. */
  private starts: PhraseStarts | null = null;

  /** Adds phrases of a kind. Phrases are cut into tokens the way posting text is. */
  add(kind: K, phrases: readonly string[], before?: ReadonlySet<string>): this {
    this.starts = null;
    for (const phrase of phrases) {
      const keys = wordsOf(phrase);
      let map = this.root;
      let node: Node<K> | undefined;
      for (let i = 0; i < keys.length; i++) {
        const key = keys[i]!;
        node = map.get(key);
        if (!node) {
          node = { next: undefined, rules: undefined };
          map.set(key, node);
        }
        if (i < keys.length - 1) map = node.next ??= new Map();
      }
      if (node) (node.rules ??= []).push(before ? { kind, before } : { kind });
    }
    return this;
  }

  /** Calls `visit` for every phrase in the tokens, with its first and last (exclusive) token index. */
  find(tokens: Tokens, visit: (kind: K, from: number, to: number) => void): void {
    const { count, newline } = tokens;
    const starts = (this.starts ??= phraseStartsOf(this.root));
    for (let i = 0; i < count; i++) {
      if (!mayStart(starts, tokens, i, false)) continue;
      let node = this.root.get(tokens.lower(i));
      let j = i;
      while (node) {
        j++;
        if (node.rules) {
          for (const rule of node.rules) {
            if (rule.before && j < count && !newline[j] && !rule.before.has(tokens.lower(j))) continue;
            visit(rule.kind, i, j);
          }
        }
        if (!node.next || j >= count || newline[j]) break;
        node = node.next.get(tokens.lower(j));
      }
    }
  }
}
