/**
 * Why the slot engine refuses one start, and which starts near it it would take instead.
 * The rules themselves live only in slot-engine.ts: this asks the engine again with the rules
 * switched back on one at a time, and names the first whose return empties the answer
 * (decision 0031), so the reason can never disagree with what the engine offers.
 */
import { DAY_MS } from "../dates/day-numbers";
import { findSlots, type AvailabilityRules, type SlotQuery } from "./slot-engine";

/**
 * Machine-readable reasons, in the order they are checked. REFUSAL_REASONS[n] is the reason when
 * the engine still takes the start with the first n rules on but not with n + 1: "off-grid"
 * when even any hours and a one-minute interview refuse it (only the :00/:30 grid is left).
 */
export const REFUSAL_REASONS = [
  "off-grid",
  "outside-hours",
  "notice",
  "horizon",
  "you-are-busy",
  "taken",
  "buffer",
  "weekly-cap",
] as const;
export type RefusalReason = (typeof REFUSAL_REASONS)[number];

export type SlotCheck = Omit<SlotQuery, "range">;

const ALL_DAY = [{ start: "00:00", end: "24:00" }];
const ANY_HOURS: AvailabilityRules["weekly"] = {
  1: ALL_DAY,
  2: ALL_DAY,
  3: ALL_DAY,
  4: ALL_DAY,
  5: ALL_DAY,
  6: ALL_DAY,
  7: ALL_DAY,
};

/** The query with only the rules before REFUSAL_REASONS[rulesOn] switched on (the grid always is). */
function withRulesOn(q: SlotCheck, start: Date, rulesOn: number): SlotCheck {
  const on = (reason: RefusalReason) => REFUSAL_REASONS.indexOf(reason) < rulesOn;
  const hours = on("outside-hours");
  // Far enough ahead that the horizon never refuses while it is off.
  const anyHorizon = Math.max(q.rules.horizonDays, Math.ceil((start.getTime() - q.now.getTime()) / DAY_MS) + 2);
  return {
    ...q,
    rules: {
      ...q.rules,
      weekly: hours ? q.rules.weekly : ANY_HOURS,
      overrides: hours ? q.rules.overrides : [],
      minNoticeHours: on("notice") ? q.rules.minNoticeHours : 0,
      horizonDays: on("horizon") ? q.rules.horizonDays : anyHorizon,
      bufferMinutes: on("buffer") ? q.rules.bufferMinutes : 0,
      maxPerWeek: on("weekly-cap") ? q.rules.maxPerWeek : null,
    },
    durationMinutes: hours ? q.durationMinutes : 1,
    candidateBusy: on("you-are-busy") ? q.candidateBusy : [],
    interviewerBusy: on("taken") ? q.interviewerBusy : [],
  };
}

const takes = (q: SlotCheck, start: Date) =>
  findSlots({ ...q, range: { start, end: new Date(start.getTime() + 1) } }).length > 0;

/** The rule that refuses `start`, or null when the engine takes it. At most nine engine calls, each over one instant. */
export function refusalReason(query: SlotCheck, start: Date): RefusalReason | null {
  if (takes(query, start)) return null;
  for (let rulesOn = 0; rulesOn < REFUSAL_REASONS.length; rulesOn++) {
    if (!takes(withRulesOn(query, start, rulesOn + 1), start)) return REFUSAL_REASONS[rulesOn]!;
  }
  return "weekly-cap"; // every rule on is the query itself, which refused
}

/** Up to `count` bookable starts nearest to `start` (ties to the earlier), within `withinMs` either side, ascending. */
export function nearestStarts(
  query: SlotCheck,
  start: Date,
  count = 3,
  withinMs = 7 * DAY_MS,
  except: Date[] = [],
): Date[] {
  const from = Math.max(start.getTime() - withinMs, query.now.getTime());
  const to = start.getTime() + withinMs;
  if (from >= to) return [];
  const skip = new Set([start, ...except].map((d) => d.getTime()));
  const open = findSlots({ ...query, range: { start: new Date(from), end: new Date(to) } });
  const distance = (d: Date) => Math.abs(d.getTime() - start.getTime());
  return nearestOf(
    open.filter((d) => !skip.has(d.getTime())),
    distance,
    count,
  );
}

/** The `count` instants nearest by `distance` (ties to the earlier), ascending: the one meaning of "nearest times". */
export function nearestOf(starts: Date[], distance: (d: Date) => number, count: number): Date[] {
  return [...starts]
    .sort((a, b) => distance(a) - distance(b) || a.getTime() - b.getTime())
    .slice(0, count)
    .sort((a, b) => a.getTime() - b.getTime());
}
