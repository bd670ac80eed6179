import type { Readiness } from "@/lib/progress/progress.types";
import { cn } from "@/components/ui/cn";
import { formatScore } from "./progress-format";

/** The readiness signal for one type, always with its reason in words. */
export function ReadinessCard({ readiness, typeName }: { readiness: Readiness | null; typeName: string }) {
  if (!readiness) {
    return (
      <section aria-labelledby="readiness-heading" className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200">
        <h2 id="readiness-heading" className="text-lg font-semibold">
          Readiness
        </h2>
        <p className="mt-1 text-slate-700">
          After three scored {typeName} interviews we can tell you whether you look ready.
        </p>
      </section>
    );
  }
  return (
    <section
      aria-labelledby="readiness-heading"
      className={cn(
        "rounded-lg p-4 shadow-sm ring-1",
        readiness.ready ? "bg-emerald-50 ring-emerald-300" : "bg-amber-50 ring-amber-300",
      )}
    >
      <h2 id="readiness-heading" className="text-lg font-semibold">
        {readiness.ready ? `Ready for real ${typeName} interviews` : `Not quite ready for ${typeName} yet`}
      </h2>
      <p className="mt-1 text-slate-800">{readiness.reason}</p>
      <dl className="mt-2 flex flex-wrap gap-x-6 gap-y-1 text-sm text-slate-700">
        <div>
          <dt className="inline">Last three average: </dt>
          <dd className="inline font-semibold tabular-nums">{formatScore(readiness.lastThreeAverage)}</dd>
        </div>
        {readiness.weakest ? (
          <div>
            <dt className="inline">Weakest: </dt>
            <dd className="inline font-semibold">
              {readiness.weakest.name} ({formatScore(readiness.weakest.score)})
            </dd>
          </div>
        ) : null}
      </dl>
    </section>
  );
}
