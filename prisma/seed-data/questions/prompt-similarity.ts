/**
 * How alike two questions' prompts are, to keep near-duplicates out of the bank.
 * TF-IDF cosine over title and prompt: words common across the bank ("team",
 * "design", "users") weigh little, so two prompts score high only when they
 * share the words that make a question specific ("residency", "EU", "region").
 */

const STOP_WORDS = new Set(
  (
    "a an and are as at be been but by can do does for from had has have how i if in into is it its me my " +
    "no not of on or our so some such than that the their them then there these they this to tell time up " +
    "us was we were what when where which who why will with would you your about after all also any each " +
    "more most one only other out over same should two walk what's you'd you're you've we're it's don't"
  ).split(" "),
);

/** Lower-case words without stop words; a plural "s" is dropped so "team" and "teams" match. */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/[a-z][a-z0-9'-]+/g) ?? [])
    .filter((w) => !STOP_WORDS.has(w) && w.length > 2)
    .map((w) => (w.length > 4 && w.endsWith("s") && !w.endsWith("ss") ? w.slice(0, -1) : w));
}

export interface SimilarPair {
  a: string;
  b: string;
  score: number;
}

/** Every pair of documents whose TF-IDF cosine similarity is at least `threshold`, most similar first. */
export function similarPairs(docs: readonly { id: string; text: string }[], threshold: number): SimilarPair[] {
  const tokenised = docs.map((d) => words(d.text));
  const documentFrequency = new Map<string, number>();
  for (const tokens of tokenised)
    for (const w of new Set(tokens)) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
  const vectors = tokenised.map((tokens) => {
    const v = new Map<string, number>();
    for (const w of tokens) v.set(w, (v.get(w) ?? 0) + 1);
    let norm = 0;
    for (const [w, tf] of v) {
      const weight = tf * Math.log(docs.length / documentFrequency.get(w)!);
      v.set(w, weight);
      norm += weight * weight;
    }
    norm = Math.sqrt(norm) || 1;
    for (const [w, weight] of v) v.set(w, weight / norm);
    return v;
  });
  const pairs: SimilarPair[] = [];
  for (let i = 0; i < docs.length; i++) {
    for (let j = i + 1; j < docs.length; j++) {
      const [small, large] =
        vectors[i]!.size < vectors[j]!.size ? [vectors[i]!, vectors[j]!] : [vectors[j]!, vectors[i]!];
      let dot = 0;
      for (const [w, x] of small) dot += x * (large.get(w) ?? 0);
      if (dot >= threshold) pairs.push({ a: docs[i]!.id, b: docs[j]!.id, score: dot });
    }
  }
  return pairs.sort((p, q) => q.score - p.score);
}
