import Link from "next/link";
import { Button } from "@/components/ui/button";
import { CompetencySelect, InterviewTypeSelect } from "@/components/ui/filter-fields";
import { filterControl, filterLabel, type CompetencyGroup, type TypeOption } from "@/components/ui/filter-form";
import { hasHistoryFilters, historyHref, type HistoryFilters as Filters } from "./history-search-params";

export type { CompetencyGroup, TypeOption } from "@/components/ui/filter-form";

/**
 * A plain GET form: the URL keeps the filters, so a filtered list can be shared,
 * bookmarked and walked back with the back button, and it works before any
 * JavaScript has loaded. The counterpart filter is set from a row ("Only with …").
 */
export function HistoryFilters({
  filters,
  types,
  competencyGroups,
  counterpartName,
  timeZone,
}: {
  filters: Filters;
  types: TypeOption[];
  competencyGroups: CompetencyGroup[];
  counterpartName: string | null;
  timeZone: string;
}) {
  return (
    <form
      role="search"
      aria-label="Filter your history"
      method="get"
      action="/history"
      className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
    >
      {filters.counterpart ? <input type="hidden" name="counterpart" value={filters.counterpart} /> : null}
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-6">
        <div>
          <label htmlFor="history-kind" className={filterLabel}>
            Kind
          </label>
          <select id="history-kind" name="kind" defaultValue={filters.kind ?? ""} className={filterControl}>
            <option value="">Live and solo</option>
            <option value="live">Live interviews</option>
            <option value="solo">Solo practice</option>
          </select>
        </div>
        <div>
          <label htmlFor="history-role" className={filterLabel}>
            Your part
          </label>
          <select id="history-role" name="role" defaultValue={filters.role ?? ""} className={filterControl}>
            <option value="">Both roles</option>
            <option value="CANDIDATE">As candidate</option>
            <option value="INTERVIEWER">As interviewer</option>
          </select>
        </div>
        <InterviewTypeSelect id="history-type" types={types} defaultValue={filters.type} />
        <CompetencySelect
          id="history-competency"
          competencyGroups={competencyGroups}
          defaultValue={filters.competency}
        />
        <div>
          <label htmlFor="history-from" className={filterLabel}>
            From
          </label>
          <input
            id="history-from"
            type="date"
            name="from"
            defaultValue={filters.from ?? ""}
            className={filterControl}
          />
        </div>
        <div>
          <label htmlFor="history-to" className={filterLabel}>
            To <span className="font-normal text-slate-600">(inclusive)</span>
          </label>
          <input id="history-to" type="date" name="to" defaultValue={filters.to ?? ""} className={filterControl} />
        </div>
      </div>
      <p className="mt-2 text-sm text-slate-600">Dates are days in your zone, {timeZone}.</p>
      <div className="mt-3 flex flex-wrap items-center gap-2">
        <Button type="submit">Apply filters</Button>
        {hasHistoryFilters(filters) ? (
          <Button asChild variant="ghost">
            <Link href="/history">Clear filters</Link>
          </Button>
        ) : null}
        {filters.counterpart ? (
          <span className="inline-flex items-center gap-2 rounded-full bg-brand-50 py-1 pr-1 pl-3 text-sm text-brand-900 ring-1 ring-brand-200">
            Only with {counterpartName ?? "one person"}
            <Link
              href={historyHref(filters, { counterpart: undefined })}
              className="inline-flex min-h-8 items-center rounded-full px-2 font-semibold hover:bg-brand-100"
            >
              <span aria-hidden="true">×</span>
              <span className="sr-only">Show interviews with everyone</span>
            </Link>
          </span>
        ) : null}
      </div>
    </form>
  );
}
