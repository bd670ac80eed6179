/**
 * The app server's V8 heap cap. Without one, V8 sizes the old space from the
 * machine's memory (here 24 GB), so the process lets garbage pile up to well
 * over a gigabyte before collecting it; with a cap the same load runs in a
 * fraction of that (docs/benchmarks.md). The slot index and the progress cache
 * are bounded well below it. `npm start` and the benchmark both use this; an
 * operator's own NODE_OPTIONS cap wins.
 */
export const APP_HEAP_MB = 192;

export function appNodeOptions(existing: string | undefined, heapMb: number = APP_HEAP_MB): string {
  if (existing?.includes("--max-old-space-size")) return existing;
  return [existing, `--max-old-space-size=${heapMb}`].filter(Boolean).join(" ");
}
