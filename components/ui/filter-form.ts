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
