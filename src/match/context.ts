import type { CompiledContext, ContextRules } from './compile.js';
import { pairHash, Reused } from './key-filter.js';
import type { SkillMatch } from './match-skills.js';
import { WordTable, type Tokens } from './tokenize.js';

/** Tokens that may stand between items of a list of skills: "Go, Rust and C++", "Python/R", "(R)". */
const LIST_SEPARATORS = new WordTable([',', '/', ';', '&', 'and', 'or', '(', ')', '|', '·', '•', '+'].map((word) => [word, true] as const));
const MAX_SEPARATORS = 3;
const isListSeparator = (tokens: Tokens, k: number): boolean => LIST_SEPARATORS.of(tokens, k) === true;

function rejected(m: SkillMatch, ctx: CompiledContext, rules: ContextRules, tokens: Tokens): boolean {
  const { hash } = tokens;
  const { words, phrases } = rules;
  const next = m.tokenEnd;
  if (next < tokens.count && words.mayHave(pairHash(ctx.followers, hash[next]!))) {
    const group = phrases.group(ctx.followers, hash[next]!);
    if (group >= 0 && phrases.startsAt(tokens, tokens.count, next, group)) return true;
  }
  const last = m.tokenStart - 1;
  if (last >= 0 && words.mayHave(pairHash(ctx.preceders, hash[last]!))) {
    const group = phrases.group(ctx.preceders, hash[last]!);
    if (group >= 0 && phrases.endsAt(tokens, m.tokenStart, group)) return true;
  }
  return false;
}

function nearCue(m: SkillMatch, ctx: CompiledContext, rules: ContextRules, tokens: Tokens): boolean {
  if (!ctx.hasNear) return false;
  const { words, phrases } = rules;
  const from = Math.max(0, m.tokenStart - ctx.window);
  const to = Math.min(tokens.count, m.tokenEnd + ctx.window);
  for (let t = from; t < to; t++) {
    if (t === m.tokenStart) {
      t = m.tokenEnd - 1;
      continue;
    }
    const hash = tokens.hash[t]!;
    if (!words.mayHave(pairHash(ctx.near, hash))) continue;
    const group = phrases.group(ctx.near, hash);
    // A cue phrase before the match ends before it; one after it, within the window.
    if (group >= 0 && phrases.startsAt(tokens, t < m.tokenStart ? m.tokenStart : to, t, group)) return true;
  }
  return false;
}

/** Another skill on either side with only list separators (at least one) between them. */
function listedWithSkill(m: SkillMatch, tokens: Tokens, endsAt: Uint8Array, startsAt: Uint8Array): boolean {
  let k = m.tokenStart - 1;
  for (let s = 0; k >= 0 && s <= MAX_SEPARATORS; s++, k--) {
    if (endsAt[k]) {
      if (s > 0) return true;
      break;
    }
    if (!isListSeparator(tokens, k)) break;
  }
  k = m.tokenEnd;
  for (let s = 0; k < tokens.count && s <= MAX_SEPARATORS; s++, k++) {
    if (startsAt[k]) return s > 0;
    if (!isListSeparator(tokens, k)) break;
  }
  return false;
}

/** The marks of where skills start and end, a byte a token (at most 1 MB kept): see `Reused`. */
const marks = new Reused(1 << 20);

/**
 * Keeps the ambiguous matches their context rules confirm: none of the rejecting words is next to
 * them, and a cue word is near or another skill is listed next to them. Confirmations chain once:
 * in "Go, Rust and C++" the bare "Go" is confirmed through "Rust", which C++ confirmed.
 */
export function confirmByContext(ambiguous: SkillMatch[], found: readonly SkillMatch[], tokens: Tokens, rules: ContextRules): SkillMatch[] {
  const size = tokens.count + 1;
  const buffer = marks.take(size * 2);
  const endsAt = new Uint8Array(buffer, 0, size).fill(0);
  const startsAt = new Uint8Array(buffer, size, size).fill(0);
  for (const m of found) {
    endsAt[m.tokenEnd - 1] = 1;
    startsAt[m.tokenStart] = 1;
  }
  const out: SkillMatch[] = [];
  let pending = ambiguous.filter((m) => !rejected(m, rules.of(m.alias), rules, tokens));
  for (let pass = 0; pass < 3 && pending.length; pass++) {
    const next: SkillMatch[] = [];
    const accepted: SkillMatch[] = [];
    for (const m of pending) {
      const ctx = rules.of(m.alias);
      if (pass === 0 && nearCue(m, ctx, rules, tokens)) {
        m.confirmedBy = 'near';
        accepted.push(m);
      } else if (ctx.inSkillList && listedWithSkill(m, tokens, endsAt, startsAt)) {
        m.confirmedBy = 'list';
        accepted.push(m);
      } else next.push(m);
    }
    if (accepted.length === 0) break;
    for (const m of accepted) {
      endsAt[m.tokenEnd - 1] = 1;
      startsAt[m.tokenStart] = 1;
      out.push(m);
    }
    pending = next;
  }
  marks.give(buffer);
  return out;
}
