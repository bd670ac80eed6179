import { db } from "../db";

/**
 * The self-assessed side of Progress (decision 0028): what people scored themselves in solo
 * practice, per competency, with the same recency weighting as peer scores. It is read from
 * solo_attempt_scores only, so it can never enter a peer, calibrated or readiness figure.
 */
export interface SelfAssessedRow {
  key: string;
  attempts: number;
  current: number;
}

/** `decay` is get-progress.ts's RECENT_DECAY, passed in so the two lines weigh recent work alike. */
export async function selfAssessedRows(userId: string, typeId: string, decay: number): Promise<SelfAssessedRow[]> {
  return db().$queryRaw<SelfAssessedRow[]>`
    WITH s AS (
      SELECT ss.competency_key COLLATE "C" AS key, ss.score::float8 AS score,
             row_number() OVER w AS early, count(*) OVER (PARTITION BY ss.competency_key COLLATE "C") AS n
        FROM solo_attempts a JOIN solo_attempt_scores ss ON ss.attempt_id = a.id
       WHERE a.user_id = ${userId} AND a.interview_type_id = ${typeId} AND a.submitted_at IS NOT NULL
      WINDOW w AS (PARTITION BY ss.competency_key COLLATE "C" ORDER BY a.submitted_at, a.id COLLATE "C")
    )
    SELECT key, count(*)::int AS attempts,
           sum(score * power(${decay}::float8, n - early)) / sum(power(${decay}::float8, n - early)) AS current
      FROM s GROUP BY key`;
}

/** Types the person has handed in solo attempts of, with counts (Progress lists them beside scored types). */
export async function soloTypes(userId: string) {
  return db().$queryRaw<{ id: string; slug: string; name: string; attempts: number }[]>`
    SELECT t.id, t.slug, t.name, count(*)::int AS attempts
      FROM solo_attempts a JOIN interview_types t ON t.id = a.interview_type_id
     WHERE a.user_id = ${userId} AND a.submitted_at IS NOT NULL
     GROUP BY t.id, t.slug, t.name
     ORDER BY attempts DESC, t.name`;
}

/** Scored types first (as before), then types practised only alone; each with both counts. */
export function withSoloTypes<T extends { id: string; slug: string; name: string; interviews: number }>(
  peer: T[],
  solo: { id: string; slug: string; name: string; attempts: number }[],
) {
  const attempts = new Map(solo.map((t) => [t.id, t.attempts]));
  return [
    ...peer.map((t) => ({ ...t, soloAttempts: attempts.get(t.id) ?? 0 })),
    ...solo
      .filter((t) => !peer.some((p) => p.id === t.id))
      .map((t) => ({ id: t.id, slug: t.slug, name: t.name, interviews: 0, soloAttempts: t.attempts })),
  ];
}
