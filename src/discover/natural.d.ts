// Types for the two modules of natural that skilltag/discover imports by deep path.
declare module 'natural/lib/natural/distance/jaro-winkler_distance.js' {
  /** Jaro-Winkler similarity, 0..1 (1: the same string). */
  export default function JaroWinklerDistance(s1: string, s2: string, options?: { dj?: number; ignoreCase?: boolean }): number;
}
declare module 'natural/lib/natural/stemmers/porter_stemmer.js' {
  const PorterStemmer: { stem(token: string): string };
  export default PorterStemmer;
}
