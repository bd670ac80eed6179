/** The progress page's shape while its numbers load. */
export function ProgressSkeleton() {
  return (
    <div role="status" aria-live="polite">
      <span className="sr-only">Loading your progress…</span>
      <div className="space-y-4" aria-hidden="true">
        <div className="h-11 w-2/3 animate-pulse rounded bg-slate-100" />
        <div className="grid gap-4 md:grid-cols-2">
          <div className="h-36 animate-pulse rounded-lg bg-white ring-1 ring-slate-200" />
          <div className="h-36 animate-pulse rounded-lg bg-white ring-1 ring-slate-200" />
        </div>
        <div className="grid gap-4 lg:grid-cols-2">
          <div className="h-64 animate-pulse rounded-lg bg-white ring-1 ring-slate-200" />
          <div className="h-64 animate-pulse rounded-lg bg-white ring-1 ring-slate-200" />
        </div>
      </div>
    </div>
  );
}
