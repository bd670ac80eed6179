/**
 * The TPM levels a rubric describes its bar for, lowest first. A rubric
 * version holds one description per level, in this order (a CHECK holds the
 * count; none at all for versions published before bars existed).
 */
export const TPM_LEVELS = ["TPM II", "Senior TPM", "Staff TPM"] as const;
export type TpmLevel = (typeof TPM_LEVELS)[number];

/** Each level beside its bar, or an empty list when the version has none. */
export function levelBarsOf(bars: readonly string[]): { level: TpmLevel; bar: string }[] {
  if (bars.length !== TPM_LEVELS.length) return [];
  return TPM_LEVELS.map((level, i) => ({ level, bar: bars[i]! }));
}
