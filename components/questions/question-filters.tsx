import Link from "next/link";
import { Button } from "@/components/ui/button";
import { CompetencySelect, InterviewTypeSelect } from "@/components/ui/filter-fields";
import { filterControl, filterLabel, type CompetencyGroup, type TypeOption } from "@/components/ui/filter-form";
import type { QuestionSearch } from "@/lib/questions/question.schema";
import { DIFFICULTIES } from "./question-display";

export type { CompetencyGroup, TypeOption } from "@/components/ui/filter-form";

/**
 * A plain GET form: the URL keeps the search, so it can be shared, bookmarked
 * and walked back with the browser's back button, and it works before any
 * JavaScript has loaded.
 */
export function QuestionFilters({
  action,
  search,
  types,
  competencyGroups,
  clearHref,
}: {
  action: string;
  search: QuestionSearch;
  types: TypeOption[];
  competencyGroups: CompetencyGroup[];
  clearHref: string | null;
}) {
  return (
    <form
      role="search"
      aria-label="Questions"
      method="get"
      action={action}
      className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
    >
      {search.status === "MINE" ? <input type="hidden" name="status" value="MINE" /> : null}
      <div className="flex flex-wrap items-end gap-2">
        <div className="min-w-0 grow basis-56">
          <label htmlFor="question-q" className={filterLabel}>
            Search questions
          </label>
          <input
            id="question-q"
            type="search"
            name="q"
            defaultValue={search.q ?? ""}
            maxLength={200}
            autoComplete="off"
            placeholder="e.g. rate limiter, stakeholder conflict, launch plan"
            className={filterControl}
          />
        </div>
        <div className="flex gap-2">
          <Button type="submit">Search</Button>
          {clearHref ? (
            <Button asChild variant="ghost">
              <Link href={clearHref}>Clear filters</Link>
            </Button>
          ) : null}
        </div>
      </div>

      <fieldset className="mt-4">
        <legend className="text-sm font-semibold text-slate-600">Narrow it down</legend>
        <div className="mt-2 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
          <InterviewTypeSelect id="question-type" types={types} defaultValue={search.type} />
          <div>
            <label htmlFor="question-difficulty" className={filterLabel}>
              Difficulty
            </label>
            <select
              id="question-difficulty"
              name="difficulty"
              defaultValue={search.difficulty ?? ""}
              className={filterControl}
            >
              <option value="">Any difficulty</option>
              {DIFFICULTIES.map((d) => (
                <option key={d.value} value={d.value}>
                  {d.label}
                </option>
              ))}
            </select>
          </div>
          <CompetencySelect
            id="question-competency"
            competencyGroups={competencyGroups}
            defaultValue={search.competency}
          />
          <div>
            <label htmlFor="question-tag" className={filterLabel}>
              Tag
            </label>
            <input
              id="question-tag"
              name="tag"
              defaultValue={search.tag ?? ""}
              maxLength={40}
              autoComplete="off"
              spellCheck={false}
              autoCapitalize="none"
              placeholder="e.g. migration"
              className={filterControl}
            />
          </div>
          <div>
            <label htmlFor="question-company" className={filterLabel}>
              Company
            </label>
            <input
              id="question-company"
              name="company"
              defaultValue={search.company ?? ""}
              maxLength={40}
              autoComplete="off"
              placeholder="e.g. Amazon"
              className={filterControl}
            />
          </div>
        </div>
        <p className="mt-2 text-sm text-slate-600">Tip: select a tag or company on any question to filter by it.</p>
      </fieldset>
    </form>
  );
}
