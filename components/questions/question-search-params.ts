import { filterHref } from "@/components/ui/filter-form";
import { questionSearchSchema, type QuestionSearch } from "@/lib/questions/question.schema";

/**
 * The bank's URL is its state: a GET form writes it, links and pagination
 * rebuild it. A hand-edited value that doesn't fit (difficulty=impossible) is
 * dropped instead of turning into an error page.
 */
export type SearchParams = Record<string, string | string[] | undefined>;

const KEYS = ["q", "type", "difficulty", "tag", "company", "competency", "status", "page"] as const;
type Key = (typeof KEYS)[number];

export function parseQuestionSearch(
  params: SearchParams,
  allowed: { statuses: QuestionSearch["status"][] },
): QuestionSearch {
  const raw: Partial<Record<Key, string>> = {};
  for (const key of KEYS) {
    const value = params[key];
    const first = (Array.isArray(value) ? value[0] : value)?.trim();
    if (first) raw[key] = first;
  }
  if (raw.status && !allowed.statuses.includes(raw.status as QuestionSearch["status"])) delete raw.status;

  let parsed = questionSearchSchema.safeParse(raw);
  if (!parsed.success) {
    for (const issue of parsed.error.issues) delete raw[issue.path[0] as Key];
    parsed = questionSearchSchema.safeParse(raw);
  }
  return parsed.success ? parsed.data : questionSearchSchema.parse({});
}

/** The same search with some values changed; `undefined` removes one. A filter change goes back to page 1. */
export function searchHref(
  base: string,
  current: Partial<QuestionSearch>,
  changes: Partial<Record<Key, string | number | undefined>> = {},
): string {
  return filterHref(base, KEYS, current, changes);
}

export function hasFilters(search: QuestionSearch): boolean {
  return Boolean(search.q || search.type || search.difficulty || search.tag || search.company || search.competency);
}
