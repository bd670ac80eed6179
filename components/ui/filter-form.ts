/** What the GET filter forms (question bank, history) share: their choices and their field styles. */
export interface TypeOption {
  slug: string;
  name: string;
}

export interface CompetencyGroup {
  typeSlug: string;
  typeName: string;
  competencies: { key: string; name: string }[];
}

export const filterControl =
  "mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-base text-slate-900 sm:text-sm";
export const filterLabel = "block text-sm font-semibold text-slate-800";

/**
 * A filtered list's URL with some values changed (`undefined` removes one); any
 * change goes back to page 1. Values go in `keys` order, so one filter set always
 * gives the same URL; empty values and page 1 are left out.
 */
export function filterHref<K extends string>(
  base: string,
  keys: readonly K[],
  current: Partial<Record<K, string | number | undefined>>,
  changes: Partial<Record<K, string | number | undefined>>,
): string {
  const merged: Partial<Record<string, string | number | undefined>> = { ...current, page: undefined, ...changes };
  const params = new URLSearchParams();
  for (const key of keys) {
    const value = merged[key];
    if (value === undefined || value === "") continue;
    if (key === "page" && Number(value) <= 1) continue;
    params.set(key, String(value));
  }
  const query = params.toString();
  return query ? `${base}?${query}` : base;
}
