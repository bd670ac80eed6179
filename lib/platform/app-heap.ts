/**
 * The app server's V8 heap sizes. Without a cap, V8 sizes the old space from
 * the machine's memory (here 24 GB), so the process lets garbage pile up to
 * well over a gigabyte before collecting it; with a cap the same load runs in
 * a fraction of that (docs/benchmarks.md). The slot index and the progress
 * cache are bounded well below it.
 *
 * The young generation needs a size of its own: V8 keeps its default 64 MB
 * semi-spaces whatever the old-space cap, and a scavenge may promote a whole
 * semi-space, so with under 64 MB of old space free V8 runs a full
 * mark-compact instead of a scavenge. Under the benchmark's slot search that
 * was a mark-compact every ~70 ms and most of the process's CPU; with 8 MB
 * semi-spaces, 17 times fewer mark-compacts, searches in half the CPU time
 * and a lower peak RSS (measured in docs/benchmarks.md).
 *
 * `npm start`, the Dockerfile and the benchmark all use these; an operator's
 * own NODE_OPTIONS values win.
 */
export const APP_HEAP_MB = 192;
export const APP_SEMI_SPACE_MB = 8;

export function appNodeOptions(existing: string | undefined, heapMb: number = APP_HEAP_MB): string {
  const options = [existing];
  if (!existing?.includes("--max-old-space-size")) options.push(`--max-old-space-size=${heapMb}`);
  if (!existing?.includes("--max-semi-space-size")) options.push(`--max-semi-space-size=${APP_SEMI_SPACE_MB}`);
  return options.filter(Boolean).join(" ");
}
