/**
 * The cue phrases as the text of their `PhraseSet` (`PhraseSet.serialize`), made when the package is
 * built: the build replaces this module with one that returns it (tsup.config.ts, `cueSetModule`), so
 * that loading the package neither cuts the phrases into tokens nor builds their maps. In the sources
 * it returns nothing, and refine/cues.ts makes the set from the phrases.
 */
export function prebuiltCueSet(): string | undefined {
  return undefined;
}
