/**
 * What a day's range of hours covers, in minutes since that day's local midnight: the one
 * place that decides a range may cross midnight (decision 0031). The schema, the slot engine's
 * compiler and the editor read it from here.
 */
export const MINUTES_PER_DAY = 24 * 60;

/** An end at or before the start is on the next day: 22:00–02:00 runs into the small hours. */
export function crossesMidnight(startMinute: number, endMinute: number): boolean {
  return endMinute < startMinute;
}

/** The range's end counted from its own day's midnight, so 22:00–02:00 ends at 1560. */
export function spanEndMinute(startMinute: number, endMinute: number): number {
  return crossesMidnight(startMinute, endMinute) ? endMinute + MINUTES_PER_DAY : endMinute;
}
