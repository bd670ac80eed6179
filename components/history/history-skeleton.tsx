/** The list's shape while it loads, so the page doesn't jump when it arrives. */
export function HistorySkeleton({ rows = 5 }: { rows?: number }) {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading your interviews…</span>
      <ul className="space-y-3" aria-hidden="true">
        {Array.from({ length: rows }, (_, i) => (
          <li key={i} className="animate-pulse rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <div className="h-4 w-1/3 rounded bg-slate-200" />
            <div className="mt-2 h-3 w-1/2 rounded bg-slate-100" />
            <div className="mt-3 flex gap-2">
              <div className="h-5 w-16 rounded-full bg-slate-100" />
              <div className="h-5 w-24 rounded bg-slate-100" />
              <div className="h-5 w-24 rounded bg-slate-100" />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
