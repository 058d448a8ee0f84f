/**
 * The matches of a sticky pattern (flag `y`) read at `starts`, the indices in `text` where a match may
 * start, in order, past each match's end: what a scan of the whole text with the same pattern finds,
 * when every match it could find starts at one of them (the cue phrases' words: see `PatternStarts`).
 */
export function matchesAt(sticky: RegExp, text: string, starts: readonly number[]): RegExpExecArray[] {
  const out: RegExpExecArray[] = [];
  let end = 0;
  for (const at of starts) {
    if (at < end) continue;
    sticky.lastIndex = at;
    const m = sticky.exec(text);
    if (m) {
      out.push(m);
      end = sticky.lastIndex;
    }
  }
  return out;
}
