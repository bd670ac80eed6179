/**
 * Who the benchmark acts as, made directly in the run's database: API tokens
 * (only their sha256 is stored, as lib/auth/api-tokens.ts does) and sessions
 * for the pages, plus a pool of distinct free slots to book, found with the
 * app's own single-interviewer search (the slot engine) before any load runs.
 */
import { randomBytes } from "node:crypto";
import pg from "pg";
import { hashToken } from "../../lib/auth/api-tokens";
import type { Caller } from "../../lib/auth/sessions";
import { searchSlots } from "../../lib/slot-search";
import { userId, type Scale } from "./generate-data";

export interface Actor {
  id: string;
  token: string; // Bearer secret
  session: string; // session cookie value
}
export interface PoolSlot {
  interviewerId: string;
  interviewType: string;
  start: string;
}
export interface Fixtures {
  viewers: Actor[]; // slot search and /find
  progress: Actor[]; // candidates with many past interviews
  bookers: Actor[]; // fresh users with empty calendars, one booking each at most per pool pass
  types: string[];
  pool: PoolSlot[];
}

const DAY_MS = 86_400_000;

export async function makeFixtures(
  url: string,
  scale: Scale,
  poolSize: number,
  log: (l: string) => void,
): Promise<Fixtures> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const actors = async (ids: string[]): Promise<Actor[]> => {
      const list = ids.map((id) => ({
        id,
        token: `ml_${randomBytes(32).toString("base64url")}`,
        session: randomBytes(32).toString("base64url"),
      }));
      await client.query(
        `INSERT INTO api_tokens (id, user_id, name, token_hash, prefix, last_used_at)
         SELECT 'tk' || md5(t), u, 'bench', t, 'ml_bench', now() FROM unnest($1::text[], $2::text[]) AS x(u, t)`,
        [list.map((a) => a.id), list.map((a) => hashToken(a.token))],
      );
      await client.query(
        `INSERT INTO sessions (id, session_token, user_id, expires)
         SELECT 'ss' || md5(s), s, u, now() + interval '30 days' FROM unnest($1::text[], $2::text[]) AS x(u, s)`,
        [list.map((a) => a.id), list.map((a) => a.session)],
      );
      return list;
    };
    const I = scale.interviewers;
    const regular = scale.users - I - scale.heavyCandidates;
    // 60 viewers spread over interviewers (who also book) and candidates of every level.
    const viewerIds = Array.from({ length: 60 }, (_, k) =>
      userId(k % 3 === 0 ? (k * 7) % I : I + scale.heavyCandidates + ((k * 37) % regular)),
    );
    const viewers = await actors([...new Set(viewerIds)]);
    const progress = await actors(Array.from({ length: scale.heavyCandidates }, (_, k) => userId(I + k)));

    // Bookers: new onboarded users with nothing booked, so their own calendars never refuse a slot.
    const bookerCount = Math.max(120, Math.ceil(poolSize / 8));
    await client.query(
      `INSERT INTO users (id, name, email, updated_at)
       SELECT 'bb' || i, 'Booker ' || i, 'booker' || i || '@bench.mockloop.dev', now() FROM generate_series(0, $1::int - 1) i`,
      [bookerCount],
    );
    await client.query(
      `INSERT INTO profiles (user_id, display_name, track, level, has_engineering_background, time_zone, languages, target_companies, updated_at)
       SELECT 'bb' || i, 'Booker ' || i, 'CANDIDATE', 'MID', false, 'Europe/London', ARRAY['English'], ARRAY[]::text[], now()
         FROM generate_series(0, $1::int - 1) i`,
      [bookerCount],
    );
    const bookers = await actors(Array.from({ length: bookerCount }, (_, i) => `bb${i}`));
    const types = (await client.query<{ slug: string }>("SELECT slug FROM interview_types ORDER BY slug")).rows.map(
      (r) => r.slug,
    );

    // Interviewers without a weekly cap, with the first type they offer.
    const interviewers = (
      await client.query<{ id: string; slug: string }>(
        `SELECT DISTINCT ON (s.user_id) s.user_id AS id, t.slug FROM availability_settings s
           JOIN interviewer_offered_types o ON o.user_id = s.user_id JOIN interview_types t ON t.id = o.interview_type_id
          WHERE s.max_per_week IS NULL ORDER BY s.user_id, t.slug`,
      )
    ).rows;
    const pool = await findPool(interviewers, poolSize, bookers[0]!.id);
    log(
      `fixtures: ${viewers.length} viewers, ${progress.length} progress candidates, ${bookers.length} bookers, ${pool.length} free slots`,
    );
    return { viewers, progress, bookers, types, pool };
  } finally {
    await client.end();
  }
}

/** Free starts at least two hours apart per interviewer (an hour plus buffers never collide), sorted by time. */
async function findPool(
  interviewers: { id: string; slug: string }[],
  size: number,
  asUser: string,
): Promise<PoolSlot[]> {
  const caller: Caller = {
    id: asUser,
    role: "USER",
    email: null,
    displayName: null,
    timeZone: "UTC",
    onboarded: true,
    via: "token",
  };
  const from = new Date(Date.now() + 2 * DAY_MS);
  const to = new Date(from.getTime() + 25 * DAY_MS);
  const perInterviewer = Math.max(4, Math.ceil((size * 1.2) / Math.max(1, interviewers.length)));
  const pool: PoolSlot[] = [];
  for (const iv of interviewers) {
    const result = await searchSlots(caller, { interviewType: iv.slug, from, to, interviewer: iv.id });
    let last = 0;
    let taken = 0;
    for (const slot of result.slots) {
      const t = Date.parse(slot.start);
      if (t - last < 2 * 3_600_000) continue;
      pool.push({ interviewerId: iv.id, interviewType: iv.slug, start: slot.start });
      last = t;
      if (++taken >= perInterviewer) break;
    }
  }
  return pool.sort((a, b) => a.start.localeCompare(b.start));
}
