/** Shown while the room loads: the shape of the page, announced as loading. */
export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="mt-3 animate-pulse space-y-4">
      <span className="sr-only">Loading the interview room…</span>
      <div className="h-8 w-2/3 rounded bg-slate-200" />
      <div className="h-4 w-1/3 rounded bg-slate-200" />
      <div className="grid gap-4 lg:grid-cols-[3fr_2fr]">
        <div className="h-64 rounded-lg bg-slate-200" />
        <div className="h-64 rounded-lg bg-slate-200" />
      </div>
    </div>
  );
}
