/**
 * Slot search: which interview start times a person may book, with whom, ranked. Other domains
 * import from here only (the schema from ./slot-search.schema).
 *
 * Where things live, for plugging in:
 * - The answer: search.ts is the entry. One interviewer's search runs the slot engine
 *   (lib/availability/slot-engine.ts) in search-one.ts; a search across everyone reads the slot
 *   index (search-indexed.ts → slot-index.ts, slot-index-load.ts, slot-views.ts;
 *   docs/decisions/0011-fast-slot-search.md). Both give the same answer (search.int.test.ts).
 * - Busy time: busy-time.ts `busyTimes` (per person: busy intervals, and interviewer starts for
 *   the weekly cap). The slot engine, the slot index and the booking transaction's re-check
 *   (lib/booking/recheck-context.ts, through `busyRowsSql`) all read it there; connected
 *   calendars' busy times (lib/external-calendars/external-busy-sql.ts) join there. The viewer's own busy time in an indexed search is read in the
 *   same round trip as the rest of the search (slot-index-load.ts `searchContext`).
 * - The bookable window (notice and horizon, measured from now): lib/availability/bookable-window.ts.
 *   The slot engine clamps to it; the index caches starts without it (`UNBOUNDED_WINDOW`) and
 *   applies each interviewer's window when a search reads it (search-indexed.ts).
 * - The searched range is any [from, to) (slot-search.schema.ts caps its length); nothing assumes
 *   a Monday week: the index's blocks are 7-day spans of UTC time (constants.ts `BLOCK_MS`).
 * - Ranking: rank.ts (`rankScore`, and `compareRanked`/`rankKey`: score, then name); the top few
 *   per start (constants.ts `TOP_PER_SLOT`).
 * - Types: types.ts; constants: constants.ts.
 */
export { searchSlots, searchSlotsBody } from "./search";
export { listFreePeers } from "./free-peers";
export { ACTIVE_STATUSES, busyRowsSql, busyTimes, toBusyMap } from "./busy-time";
export { compareRanked, rankScore, type RankSignals } from "./rank";
export type { BusyRow, BusyTime, RankedInterviewer, SlotResult, SlotSearchAnswer } from "./types";
