import { levelBarsOf } from "@/lib/rubrics/tpm-levels";

/** What "at the bar" means at each TPM level, as the rubric version describes it. */
export function LevelBars({ bars, headingLevel = 3 }: { bars: readonly string[]; headingLevel?: 2 | 3 | 4 }) {
  const rows = levelBarsOf(bars);
  const Heading = `h${headingLevel}` as const;
  return (
    <section aria-label="The bar at each level" className="rounded-lg bg-white p-4 ring-1 ring-slate-200">
      <Heading className="text-base font-semibold text-slate-900">The bar at each level</Heading>
      {rows.length === 0 ? (
        <p className="mt-1 text-sm text-slate-600">
          This rubric version doesn&apos;t describe its level bars yet; a new version can add them.
        </p>
      ) : (
        <dl className="mt-2 space-y-2 text-sm">
          {rows.map(({ level, bar }) => (
            <div key={level}>
              <dt className="font-semibold text-slate-900">{level}</dt>
              <dd className="text-slate-700">{bar}</dd>
            </div>
          ))}
        </dl>
      )}
    </section>
  );
}
