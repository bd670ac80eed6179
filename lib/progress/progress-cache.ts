import type { DbClient } from "../db";
import { releaseCutoff, releasesAt } from "../feedback/release-rule";
import type { ProgressResponse } from "./progress.types";

/**
 * Computed progress, cached per app process and keyed by versions PostgreSQL keeps
 * (migration 20261125180000_progress_versions, docs/decisions/0012-progress-cache.md).
 *
 * Every read first asks the database, in one small statement, for the person's progress
 * version, the global one, and the next moment time alone releases feedback to them. An
 * entry is served only while both versions are the ones it was computed under and that
 * moment has not come, so a change committed through any instance, or the 7-day release,
 * is seen by the next read everywhere. The stamp is read before the computation's own
 * reads: an entry may be newer than its key, never older.
 */
export const MAX_ENTRIES = 1_000;
/**
 * Chart points across all entries. A heavy user's entry holds up to SERIES_LIMIT points per
 * competency (a few hundred bytes each), so entries alone would not bound memory.
 */
export const MAX_POINTS = 200_000;

export interface ProgressStamp {
  /** `${person's version}:${global version}`. */
  version: string;
  /** Epoch ms when time releases the next feedback to this person; Infinity if nothing waits. */
  expiresAt: number;
}

export async function readProgressStamp(client: DbClient, userId: string, now: Date): Promise<ProgressStamp> {
  const cutoff = releaseCutoff(now);
  // Only submitted, visible feedback on the person waits for time: anything else changes
  // their view by a write, which bumps their version. Every read runs this, so it walks
  // bookings_candidate_id_ends_at_idx (index-only) from the cutoff and stops at the first match
  // instead of checking every interview of the last week. OFFSET 0 keeps the planner from
  // flattening the ordered walk into a join it would sort afterwards.
  const rows = await client.$queryRaw<{ version: string; next_end: Date | null }[]>`
    SELECT COALESCE((SELECT version FROM progress_versions WHERE user_id = ${userId}), 0)::text
             || ':' || (SELECT version FROM progress_global_version)::text AS version,
           (SELECT b.ends_at
              FROM (SELECT id, ends_at FROM bookings
                     WHERE candidate_id = ${userId} AND ends_at > ${cutoff}::timestamptz
                     ORDER BY ends_at OFFSET 0) b
             WHERE EXISTS (SELECT 1 FROM feedback f
                            WHERE f.booking_id = b.id AND f.subject_id = ${userId}
                              AND f.direction = 'INTERVIEWER_TO_CANDIDATE'
                              AND f.status = 'SUBMITTED' AND f.hidden_at IS NULL)
             LIMIT 1) AS next_end`;
  const row = rows[0];
  if (!row) throw new Error("progress stamp query returned no row");
  return {
    version: row.version,
    expiresAt: row.next_end ? releasesAt(row.next_end).getTime() : Number.POSITIVE_INFINITY,
  };
}

interface Entry {
  version: string;
  /** Computed for `from`; `until` is the next time-based release after it. */
  from: number;
  until: number;
  value: ProgressResponse;
  points: number;
}

interface Flight {
  version: string;
  from: number;
  until: number;
  promise: Promise<ProgressResponse>;
}

const pointsOf = (p: ProgressResponse) => p.competencies.reduce((n, c) => n + c.series.length, 1);

export class ProgressCache {
  private readonly entries = new Map<string, Entry>(); // insertion order = least recently used first
  private readonly flights = new Map<string, Flight>();
  private points = 0;
  /** Computations started, for tests and logs. */
  computations = 0;

  constructor(
    private readonly client: DbClient,
    private readonly limits = { entries: MAX_ENTRIES, points: MAX_POINTS },
  ) {}

  /**
   * The cached response for (person, type), or `compute()`'s, stored under the stamp read
   * before it started. Concurrent misses under one stamp share one computation; a failed
   * computation is never stored, so the next read tries again.
   */
  async get(
    userId: string,
    type: string | undefined,
    now: Date,
    compute: () => Promise<ProgressResponse>,
  ): Promise<ProgressResponse> {
    const key = `${userId}|${type ?? ""}`;
    const at = now.getTime();
    const stamp = await readProgressStamp(this.client, userId, now);
    // Same versions, and no time-based release between the entry's computation and this read:
    // before `until` for a later read; for an earlier one (concurrent requests' clocks, or
    // a test asking about the past), the next release after `at` must come after `from`.
    const fits = (e: { version: string; from: number; until: number }) =>
      e.version === stamp.version && (e.from <= at ? at < e.until : stamp.expiresAt > e.from);

    const entry = this.entries.get(key);
    if (entry && fits(entry)) {
      this.entries.delete(key);
      this.entries.set(key, entry);
      return entry.value;
    }
    const flight = this.flights.get(key);
    if (flight && fits(flight)) return flight.promise;

    this.computations++;
    const mine: Flight = { version: stamp.version, from: at, until: stamp.expiresAt, promise: compute() };
    this.flights.set(key, mine);
    try {
      const value = await mine.promise;
      this.store(key, { version: mine.version, from: mine.from, until: mine.until, value, points: pointsOf(value) });
      return value;
    } finally {
      if (this.flights.get(key) === mine) this.flights.delete(key);
    }
  }

  get size(): number {
    return this.entries.size;
  }

  clear(): void {
    this.entries.clear();
    this.points = 0;
  }

  private store(key: string, entry: Entry): void {
    this.remove(key);
    // Too big to be worth crowding out everyone else: serve it, don't keep it.
    if (entry.points > this.limits.points) return;
    this.entries.set(key, entry);
    this.points += entry.points;
    for (const [oldest] of this.entries) {
      if (this.entries.size <= this.limits.entries && this.points <= this.limits.points) break;
      this.remove(oldest);
    }
  }

  private remove(key: string): void {
    const old = this.entries.get(key);
    if (!old) return;
    this.entries.delete(key);
    this.points -= old.points;
  }
}

// One cache per database client (as the slot index keeps its state): a test or a script
// that points the process at another database never reads this one's entries. Kept on
// globalThis, like the client itself, so the page and the route share it even when the
// bundler gives each its own copy of this module.
const holder = globalThis as unknown as { mockloopProgressCaches?: WeakMap<object, ProgressCache> };
const caches = (holder.mockloopProgressCaches ??= new WeakMap<object, ProgressCache>());

export function progressCacheFor(client: DbClient): ProgressCache {
  let cache = caches.get(client);
  if (!cache) caches.set(client, (cache = new ProgressCache(client)));
  return cache;
}
