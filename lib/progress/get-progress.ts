import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import type { Difficulty } from "../generated/prisma/client";
import type { CompetencyProgress, ProgressResponse, Readiness, ScorePoint } from "./progress.types";
import { progressCacheFor } from "./progress-cache";
import { learningPath } from "./learning-path";
import { selfAssessedRows, soloTypes, withSoloTypes } from "./self-assessed";
import { visibleToSubjectSql } from "../feedback/release-rule";
import { BAR_SCORE } from "../rubrics/score-scale";
import { clampScoreSql } from "../rubrics/score-sql";
import { Prisma } from "../generated/prisma/client";

// The progress page imports the interviewer view from here too.
export { getInterviewerStats } from "./get-interviewer-stats";

/**
 * The progress page's aggregates, computed in SQL with window functions over
 * the caller's released, visible scores of one interview type (never every
 * row in JavaScript). Competencies are followed across rubric versions by key.
 */

/** Each older interview weighs this much of the next: a half-life of about two interviews. */
export const RECENT_DECAY = 0.7;
/**
 * Points per competency series: the charts (and their tables) show the latest this many; the
 * aggregates use all, and History lists every interview. Thirty keeps a small chart readable and
 * the page light: a hundred points per competency made six charts and six tables of 600 rows.
 */
export const SERIES_LIMIT = 30;
export const READY_AVERAGE = BAR_SCORE;
export const READY_FLOOR = 2.5;
const READINESS_WINDOW = 3;

export const CALIBRATION_EXPLANATION =
  "Calibrated scores take out each interviewer's usual strictness or leniency, estimated from all their ratings on MockLoop; interviewers with few ratings are assumed to grade fairly.";

interface CompetencyRow {
  key: string;
  n: number;
  current: number;
  calibrated_current: number;
  first: number;
  interviews: number;
  last_three_average: number | null;
  series: ScorePoint[];
}

const round2 = (x: number | null) => (x === null ? null : Math.round(x * 100) / 100);
const round1 = (x: number) => Math.round(x * 10) / 10;

async function interviewTypes(userId: string, now: Date) {
  return db().$queryRaw<{ id: string; slug: string; name: string; interviews: number }[]>`
    SELECT t.id, t.slug, t.name, count(*)::int AS interviews
      FROM feedback f JOIN bookings b ON b.id = f.booking_id JOIN interview_types t ON t.id = b.interview_type_id
     WHERE f.subject_id = ${userId} AND f.direction = 'INTERVIEWER_TO_CANDIDATE'
       AND ${visibleToSubjectSql("f", "b", now)}
     GROUP BY t.id, t.slug, t.name
     ORDER BY interviews DESC, t.name`;
}

/**
 * One statement for the whole type: the visible interviews (ranked newest
 * first), their scores with one window sort per competency (oldest first, so
 * json_agg reads presorted input), and the last-three average per interview.
 * Sort keys use the "C" collation: ids and keys need order, not language.
 */
export function competencyRowsSql(userId: string, typeId: string, now: Date) {
  return Prisma.sql`
    WITH v AS MATERIALIZED (
      SELECT f.id, b.id AS booking_id, b.starts_at AS at,
             row_number() OVER (ORDER BY b.starts_at DESC, f.id COLLATE "C" DESC) AS interview_rank
        FROM feedback f JOIN bookings b ON b.id = f.booking_id
       WHERE f.subject_id = ${userId} AND f.direction = 'INTERVIEWER_TO_CANDIDATE'
         AND b.interview_type_id = ${typeId} AND ${visibleToSubjectSql("f", "b", now)}
    ),
    s AS (
      SELECT fs.competency_key COLLATE "C" AS key, v.booking_id, v.at, v.interview_rank,
             fs.score::float8 AS score, fs.interviewer_id, rv.version,
             ${clampScoreSql(Prisma.sql`fs.score - COALESCE(ro."offset", 0)`)}::float8 AS calibrated,
             row_number() OVER w AS early,
             count(*) OVER (PARTITION BY fs.competency_key COLLATE "C") AS n
        FROM feedback_scores fs
        JOIN v ON v.id = fs.feedback_id
        JOIN rubric_versions rv ON rv.id = fs.rubric_version_id
        LEFT JOIN rater_offsets ro ON ro.interviewer_id = fs.interviewer_id
       WHERE fs.candidate_id = ${userId} AND fs.interview_type_id = ${typeId}
      WINDOW w AS (PARTITION BY fs.competency_key COLLATE "C" ORDER BY v.at, v.interview_rank DESC)
    ),
    last_three AS (
      SELECT avg(mean)::float8 AS average FROM (
        SELECT avg(fs.score) AS mean FROM v JOIN feedback_scores fs ON fs.feedback_id = v.id
         WHERE v.interview_rank <= ${READINESS_WINDOW} GROUP BY v.id) m
    )
    SELECT key, count(*)::int AS n,
           (SELECT count(*)::int FROM v) AS interviews,
           (SELECT average FROM last_three) AS last_three_average,
           sum(score * power(${RECENT_DECAY}::float8, n - early)) / sum(power(${RECENT_DECAY}::float8, n - early)) AS current,
           sum(calibrated * power(${RECENT_DECAY}::float8, n - early))
             / sum(power(${RECENT_DECAY}::float8, n - early)) AS calibrated_current,
           avg(score) FILTER (WHERE early <= 3) AS first,
           json_agg(json_build_object(
             'bookingId', booking_id, 'at', to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'),
             'score', score, 'calibrated', round(calibrated::numeric, 2)::float8,
             'interviewerId', interviewer_id, 'rubricVersion', version
           ) ORDER BY at, interview_rank DESC) FILTER (WHERE n - early < ${SERIES_LIMIT})::text AS series
      FROM s GROUP BY key`;
}

export async function competencyRows(userId: string, typeId: string, now: Date): Promise<CompetencyRow[]> {
  const rows = await db().$queryRaw<(Omit<CompetencyRow, "series"> & { series: string | null })[]>(
    competencyRowsSql(userId, typeId, now),
  );
  // Sent as text: one JSON.parse is cheaper than the driver's per-value JSON handling.
  return rows.map((r) => ({ ...r, series: r.series ? (JSON.parse(r.series) as ScorePoint[]) : [] }));
}

/** Names by key, from the newest rubric version that has the key; current-version keys first, in rubric order. */
async function competencyNames(typeId: string) {
  return db().$queryRaw<{ key: string; name: string; current: boolean; position: number }[]>`
    WITH latest AS (SELECT max(rv.version) AS v FROM rubric_versions rv JOIN rubrics r ON r.id = rv.rubric_id
                     WHERE r.interview_type_id = ${typeId})
    SELECT DISTINCT ON (rc.key) rc.key, rc.name, rv.version = (SELECT v FROM latest) AS current, rc.position
      FROM rubric_competencies rc JOIN rubric_versions rv ON rv.id = rc.rubric_version_id
      JOIN rubrics r ON r.id = rv.rubric_id
     WHERE r.interview_type_id = ${typeId}
     ORDER BY rc.key, rv.version DESC`;
}

/**
 * The one definition of "weakest": the lowest current score (the number the competency table shows), among the
 * current rubric's competencies, ties in rubric order. Readiness and "what to practise next" both read it.
 */
function weakestOf(competencies: CompetencyProgress[], currentKeys: Set<string>, count: number): CompetencyProgress[] {
  return competencies
    .filter((c) => currentKeys.has(c.key) && c.current !== null)
    .sort((a, b) => a.current! - b.current!)
    .slice(0, count);
}

function readinessOf(
  interviews: number,
  average: number | null,
  weakestRow: CompetencyProgress | undefined,
): Readiness {
  // Judged on the score as shown (one decimal), so the reason never reads "at 2.5, below 2.5".
  const weakest = weakestRow
    ? { key: weakestRow.key, name: weakestRow.name, score: round1(weakestRow.current!) }
    : null;
  const avg = round2(average);
  if (interviews < READINESS_WINDOW || avg === null) {
    const missing = READINESS_WINDOW - interviews;
    return {
      ready: false,
      reason: `Not enough data yet: ${missing} more scored interview${missing === 1 ? "" : "s"} of this type needed to judge readiness.`,
      lastThreeAverage: avg,
      weakest,
    };
  }
  const fmt = (x: number) => x.toFixed(1);
  if (avg < READY_AVERAGE) {
    return {
      ready: false,
      reason: `Last ${READINESS_WINDOW} interviews average ${fmt(avg)}, below the ${fmt(READY_AVERAGE)} bar.`,
      lastThreeAverage: avg,
      weakest,
    };
  }
  if (weakest && weakest.score < READY_FLOOR) {
    return {
      ready: false,
      reason: `Last ${READINESS_WINDOW} interviews average ${fmt(avg)}, but ${weakest.name} is at ${fmt(weakest.score)}, below ${fmt(READY_FLOOR)}.`,
      lastThreeAverage: avg,
      weakest,
    };
  }
  return {
    ready: true,
    reason: `Last ${READINESS_WINDOW} interviews average ${fmt(avg)} and no competency is below ${fmt(READY_FLOOR)}.`,
    lastThreeAverage: avg,
    weakest,
  };
}

async function questionsFor(userId: string, typeId: string, keys: string[]) {
  if (keys.length === 0) return [];
  const rows = await db().$queryRaw<{ id: string; title: string; difficulty: Difficulty; competency_keys: string[] }[]>`
    SELECT q.id, q.title, q.difficulty, q.competency_keys
      FROM questions q
     WHERE q.interview_type_id = ${typeId} AND q.status = 'APPROVED' AND q.competency_keys && ${keys}::text[]
       AND NOT EXISTS (SELECT 1 FROM bookings b WHERE b.candidate_id = ${userId} AND b.question_id = q.id
                          AND b.status <> 'CANCELLED')
     ORDER BY cardinality(ARRAY(SELECT unnest(q.competency_keys) INTERSECT SELECT unnest(${keys}::text[]))) DESC,
              q.difficulty, q.title
     LIMIT 5`;
  return rows.map((q) => ({ id: q.id, title: q.title, difficulty: q.difficulty, competencyKeys: q.competency_keys }));
}

/**
 * The caller's progress, from this process's cache while nothing it is computed from has
 * changed (progress-cache.ts): people reload progress far more often than their feedback changes.
 */
export async function getProgress(
  caller: Caller,
  input: { type?: string | undefined },
  now = new Date(),
): Promise<ProgressResponse> {
  return progressCacheFor(db()).get(caller.id, input.type, now, () => computeProgress(caller, input, now));
}

/** The progress computed from the database now, bypassing the cache. */
export async function computeProgress(
  caller: Caller,
  input: { type?: string | undefined },
  now = new Date(),
): Promise<ProgressResponse> {
  const userId = caller.id;
  const [peerTypes, solo, calibration] = await Promise.all([
    interviewTypes(userId, now),
    soloTypes(userId),
    db().raterOffset.aggregate({ _max: { computedAt: true } }),
  ]);
  const types = withSoloTypes(peerTypes, solo);
  const calibrationInfo = {
    computedAt: calibration._max.computedAt?.toISOString() ?? null,
    explanation: CALIBRATION_EXPLANATION,
  };
  let selected: { id: string; slug: string; name: string } | null = types[0] ?? null;
  if (input.type) {
    // Usually one of the caller's own types, already loaded; any other type has no history but is valid.
    selected =
      types.find((t) => t.slug === input.type) ??
      (await db().interviewType.findUnique({
        where: { slug: input.type },
        select: { id: true, slug: true, name: true },
      }));
    if (!selected)
      throw new AppError("BAD_REQUEST", "No such interview type.", {
        fieldErrors: { type: ["No such interview type"] },
      });
  }
  const interviewTypesOut = types.map((t) => ({
    slug: t.slug,
    name: t.name,
    interviews: t.interviews,
    soloAttempts: t.soloAttempts,
  }));
  if (!selected) {
    return {
      interviewTypes: interviewTypesOut,
      type: null,
      interviews: 0,
      soloAttempts: 0,
      competencies: [],
      readiness: null,
      practiseNext: null,
      calibration: calibrationInfo,
    };
  }

  const [rows, nameRows, selfRows] = await Promise.all([
    competencyRows(userId, selected.id, now),
    competencyNames(selected.id),
    selfAssessedRows(userId, selected.id, RECENT_DECAY),
  ]);
  const selfByKey = new Map(selfRows.map((r) => [r.key, r]));
  const lastThree = { interviews: rows[0]?.interviews ?? 0, average: rows[0]?.last_three_average ?? null };
  const names = new Map(nameRows.map((r) => [r.key, r.name]));
  const currentKeys = new Set(nameRows.filter((r) => r.current).map((r) => r.key));
  const byKey = new Map(rows.map((r) => [r.key, r]));
  // Current rubric's competencies in rubric order, then keys only older versions scored.
  const ordered = [
    ...nameRows
      .filter((r) => r.current)
      .sort((a, b) => a.position - b.position)
      .map((r) => r.key),
    ...[...new Set([...rows.map((r) => r.key), ...selfRows.map((r) => r.key)])]
      .filter((k) => !currentKeys.has(k))
      .sort(),
  ];
  const competencies: CompetencyProgress[] = ordered.map((key) => {
    const r = byKey.get(key);
    const current = round2(r?.current ?? null);
    const first = round2(r?.first ?? null);
    return {
      key,
      name: names.get(key) ?? key,
      series: r?.series ?? [],
      current,
      calibratedCurrent: round2(r?.calibrated_current ?? null),
      first,
      change: current !== null && first !== null ? round2(current - first) : null,
      selfAssessed: round2(selfByKey.get(key)?.current ?? null),
      selfAssessedAttempts: selfByKey.get(key)?.attempts ?? 0,
    };
  });

  const weakest = weakestOf(competencies, currentKeys, 2);
  const [questions, learning] = await Promise.all([
    questionsFor(
      userId,
      selected.id,
      weakest.map((c) => c.key),
    ),
    weakest[0] ? learningPath(userId, selected.id, weakest[0].key) : null,
  ]);

  return {
    interviewTypes: interviewTypesOut,
    type: { slug: selected.slug, name: selected.name },
    interviews: lastThree.interviews,
    soloAttempts: solo.find((t) => t.id === selected.id)?.attempts ?? 0,
    competencies,
    readiness: readinessOf(lastThree.interviews, lastThree.average, weakest[0]),
    practiseNext: {
      competencies: weakest.map((c) => ({ key: c.key, name: c.name, score: c.current })),
      questions,
      learning,
    },
    calibration: calibrationInfo,
  };
}
