/**
 * The benchmark's data: a template database built once per (generator,
 * migrations, scale) and cloned for every run with CREATE DATABASE … TEMPLATE.
 * Everything is a pure function of row numbers (hashtext), so the same scale
 * always yields the same rows; it is written with set-based SQL
 * (generate_series), with triggers off and their effects written directly.
 *
 * Bookings never overlap by construction: within one hour-long slot every
 * booking has a different interviewer and a different candidate, and
 * interviewers (users 0…I-1) are never candidates. The first HEAVY candidates
 * get HEAVY_PAST completed interviews each for the progress workload.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { createPrismaClient } from "../../lib/db";
import { applyMigrations } from "../../lib/platform/apply-migrations";
import { publishRubricVersion } from "../../lib/rubrics/rubrics";
import { INTERVIEW_TYPES } from "../../prisma/seed-data/interview-types";
import { ALL_QUESTIONS, guideMarkdown } from "../../prisma/seed-data/questions/all-questions";
import { RUBRICS } from "../../prisma/seed-data/rubrics";
import { withDatabase } from "../../tests/setup/test-server";

export interface Scale {
  name: string;
  users: number;
  interviewers: number;
  pastBookings: number;
  futureBookings: number;
  heavyCandidates: number;
  heavyPast: number;
}

export const SCALES: Record<string, Scale> = {
  full: {
    name: "full",
    users: 5000,
    interviewers: 1000,
    pastBookings: 45_000,
    futureBookings: 5000,
    heavyCandidates: 20,
    heavyPast: 500,
  },
  medium: {
    name: "medium",
    users: 1500,
    interviewers: 300,
    pastBookings: 13_500,
    futureBookings: 1500,
    heavyCandidates: 20,
    heavyPast: 150,
  },
  smoke: {
    name: "smoke",
    users: 120,
    interviewers: 30,
    pastBookings: 900,
    futureBookings: 100,
    heavyCandidates: 20,
    heavyPast: 10,
  },
};

export const ZONES = [
  "America/Los_Angeles",
  "America/New_York",
  "America/Sao_Paulo",
  "Europe/London",
  "Europe/Berlin",
  "Africa/Lagos",
  "Asia/Kolkata",
  "Asia/Kathmandu",
  "Asia/Singapore",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Pacific/Auckland",
];

export const userId = (i: number) => `bu${String(i).padStart(5, "0")}`;

/** Names the template by everything that shapes it, so a changed generator or migration builds a new one. */
export function templateName(scale: Scale): string {
  const hash = createHash("sha256");
  hash.update(readFileSync(path.join(process.cwd(), "scripts", "bench", "generate-data.ts")));
  hash.update(JSON.stringify(scale));
  const migrations = path.join(process.cwd(), "prisma", "migrations");
  for (const dir of readdirSync(migrations).sort()) {
    if (!dir.match(/^\d/)) continue;
    hash.update(dir).update(readFileSync(path.join(migrations, dir, "migration.sql")));
  }
  for (const file of ["prisma/seed-data/rubrics.ts", "prisma/seed-data/interview-types.ts"]) {
    hash.update(readFileSync(path.join(process.cwd(), file)));
  }
  return `mockloop_bench_${scale.name}_${hash.digest("hex").slice(0, 12)}`;
}

async function admin<T>(adminUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Builds the template unless it exists; returns its name. */
export async function ensureTemplate(adminUrl: string, scale: Scale, log: (line: string) => void): Promise<string> {
  const name = templateName(scale);
  const exists = await admin(
    adminUrl,
    async (c) => (await c.query("SELECT 1 FROM pg_database WHERE datname = $1", [name])).rowCount,
  );
  if (exists) return name;
  const building = `${name}_building`;
  await admin(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${building}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${building}"`);
  });
  const url = withDatabase(adminUrl, building);
  const started = Date.now();
  log(`building template ${name} (${scale.users} users, ${scale.pastBookings + scale.futureBookings} bookings)…`);
  await applyMigrations(url);
  await seedCatalogue(url);
  await admin(url, (c) => generate(c, scale));
  await admin(adminUrl, async (c) => {
    // Old templates of this scale are garbage now.
    const old = await c.query<{ datname: string }>("SELECT datname FROM pg_database WHERE datname LIKE $1", [
      `mockloop_bench_${scale.name}_%`,
    ]);
    for (const row of old.rows)
      if (row.datname !== building) await c.query(`DROP DATABASE IF EXISTS "${row.datname}" WITH (FORCE)`);
    await c.query(`ALTER DATABASE "${building}" RENAME TO "${name}"`);
  });
  log(`template built in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return name;
}

/** Interview types, rubrics and approved questions, through the app's own code where it has one. */
async function seedCatalogue(url: string): Promise<void> {
  const db = createPrismaClient(url, 2);
  try {
    await db.$transaction(
      async (tx) => {
        for (const type of INTERVIEW_TYPES) await tx.interviewType.create({ data: type });
        for (const rubric of RUBRICS) {
          await publishRubricVersion(null, rubric.type, { title: rubric.title, competencies: rubric.competencies }, tx);
        }
        const types = new Map((await tx.interviewType.findMany()).map((t) => [t.slug, t.id]));
        await tx.question.createMany({
          data: ALL_QUESTIONS.map((q) => ({
            slug: q.slug,
            interviewTypeId: types.get(q.type)!,
            title: q.title,
            prompt: q.prompt,
            guide: guideMarkdown(q),
            difficulty: q.difficulty,
            tags: q.tags,
            companies: q.companies,
            competencyKeys: q.competencies,
            status: "APPROVED" as const,
          })),
        });
      },
      { timeout: 60_000 },
    );
  } finally {
    await db.$disconnect();
  }
}

async function generate(c: pg.Client, s: Scale): Promise<void> {
  const I = s.interviewers;
  const H = s.heavyCandidates;
  const regularCandidates = s.users - I - H;
  const heavyTotal = H * s.heavyPast;
  const zones = `ARRAY[${ZONES.map((z) => `'${z}'`).join(",")}]`;
  const q = (sql: string) => c.query(sql);
  await q("SET session_replication_role = replica"); // no triggers: their effects are written below
  await q("BEGIN");
  await q(`CREATE TEMP TABLE bench_types AS
    SELECT row_number() OVER (ORDER BY slug) - 1 AS n, id, duration_minutes FROM interview_types`);
  await q(`CREATE TEMP TABLE bench_comp AS
    SELECT t.id AS type_id, rc.id AS competency_id, rc.key, rv.id AS version_id
      FROM interview_types t JOIN rubrics r ON r.interview_type_id = t.id
      JOIN rubric_versions rv ON rv.rubric_id = r.id JOIN rubric_competencies rc ON rc.rubric_version_id = rv.id`);
  const T = Number((await c.query<{ count: string }>("SELECT count(*) FROM bench_types")).rows[0]!.count);

  await q(`INSERT INTO users (id, name, email, email_verified, updated_at)
    SELECT 'bu' || lpad(i::text, 5, '0'), 'Bench ' || i, 'bench' || i || '@bench.mockloop.dev', now(), now()
      FROM generate_series(0, ${s.users - 1}) i`);
  await q(`INSERT INTO schedule_versions (user_id) SELECT id FROM users`);
  await q(`INSERT INTO profiles (user_id, display_name, track, level, has_engineering_background, time_zone, languages, target_companies, updated_at)
    SELECT 'bu' || lpad(i::text, 5, '0'), 'Bench Person ' || i,
           (CASE WHEN i < ${I} THEN 'BOTH' ELSE 'CANDIDATE' END)::"Track",
           (ARRAY['ENTRY','MID','SENIOR','STAFF'])[1 + abs(hashtext('lvl' || i)) % 4]::"Level",
           i % 2 = 0, (${zones})[1 + i % ${ZONES.length}], ARRAY['English'], ARRAY[]::text[], now()
      FROM generate_series(0, ${s.users - 1}) i`);
  await q(`INSERT INTO profile_focus_areas (user_id, interview_type_id)
    SELECT DISTINCT 'bu' || lpad(i::text, 5, '0'), t.id FROM generate_series(0, ${s.users - 1}) i
      JOIN bench_types t ON t.n = i % ${T} OR t.n = (i + 2) % ${T}`);

  // Interviewers: evenings on most weekdays, some mornings and weekends, in their own zone.
  await q(`INSERT INTO availability_settings (user_id, min_notice_hours, buffer_minutes, max_per_week, horizon_days, updated_at)
    SELECT 'bu' || lpad(i::text, 5, '0'), CASE WHEN i % 4 = 0 THEN 24 ELSE 12 END,
           CASE WHEN i % 3 = 0 THEN 0 ELSE 15 END, CASE WHEN i % 5 = 0 THEN 5 END,
           (ARRAY[28, 42, 60])[1 + i % 3], now()
      FROM generate_series(0, ${I - 1}) i`);
  await q(`INSERT INTO availability_weekly_ranges (id, user_id, weekday, start_minute, end_minute)
    SELECT 'wr' || i || '_' || d || '_' || k, 'bu' || lpad(i::text, 5, '0'), d,
           CASE k WHEN 0 THEN 1080 ELSE 420 END, CASE k WHEN 0 THEN 1260 ELSE 540 END
      FROM generate_series(0, ${I - 1}) i, generate_series(1, 7) d, generate_series(0, 1) k
     WHERE abs(hashtext('day' || i || '_' || d)) % 10 < CASE WHEN d <= 5 THEN 7 ELSE 3 END
       AND (k = 0 OR abs(hashtext('am' || i || '_' || d)) % 3 = 0)`);
  await q(`INSERT INTO availability_overrides (id, user_id, date)
    SELECT 'ov' || i, 'bu' || lpad(i::text, 5, '0'), current_date + 3 + i % 10
      FROM generate_series(0, ${I - 1}, 10) i`);
  await q(`INSERT INTO interviewer_offered_types (user_id, interview_type_id)
    SELECT DISTINCT 'bu' || lpad(i::text, 5, '0'), t.id FROM generate_series(0, ${I - 1}) i
      JOIN bench_types t ON t.n = i % ${T} OR abs(hashtext('off' || i || '_' || t.n)) % 3 <> 0`);

  // External calendars on 20% of interviewers (i % 5 = 1, decision 0026): three one-hour meetings a
  // day for the next 62 days, as a refresh would have stored them. The secret is a placeholder the
  // worker cannot open; last_read_at is now, so no sweep reads them during a run.
  await q(`INSERT INTO external_calendars (id, user_id, kind, label, secret, last_read_at, busy_digest)
    SELECT 'xc' || i, 'bu' || lpad(i::text, 5, '0'), 'ICS', 'calendar.bench.mockloop.dev', 'v1.bench', now(), 'bench'
      FROM generate_series(1, ${I - 1}, 5) i`);
  await q(`INSERT INTO external_busy_times (calendar_id, user_id, starts_at, ends_at)
    SELECT 'xc' || i, 'bu' || lpad(i::text, 5, '0'), m.starts_at, m.starts_at + interval '1 hour'
      FROM generate_series(1, ${I - 1}, 5) i, generate_series(0, 61) d, generate_series(0, 2) k,
           LATERAL (SELECT date_trunc('day', now()) + d * interval '1 day'
                           + (abs(hashtext('xb' || i || '_' || d || '_' || k)) % 8 * 3 + k) * interval '1 hour' AS starts_at) m`);

  // Bookings: (k, slot, interviewer, candidate, past?) per the scheme in the header comment.
  await q(`CREATE TEMP TABLE bench_plan AS
    SELECT k, k / ${H} AS slot, ((k % ${H}) * ${Math.floor(I / H)} + k / ${H}) % ${I} AS iv, ${I} + k % ${H} AS cand, true AS past, true AS heavy
      FROM generate_series(0, ${heavyTotal - 1}) k
    UNION ALL
    SELECT ${heavyTotal} + k, ${s.heavyPast} + k / 12, ((${s.heavyPast} + k / 12) * 7 + k % 12) % ${I},
           ${I + H} + ((${s.heavyPast} + k / 12) * 13 + k % 12) % ${regularCandidates}, true, false
      FROM generate_series(0, ${s.pastBookings - heavyTotal - 1}) k
    UNION ALL
    SELECT ${s.pastBookings} + k, k / 15, ((k / 15) * 11 + k % 15) % ${I},
           ${I + H} + ((k / 15) * 17 + k % 15) % ${regularCandidates}, false, false
      FROM generate_series(0, ${s.futureBookings - 1}) k`);
  await q(`CREATE TEMP TABLE bench_bookings AS
    SELECT p.k, 'bk' || p.k AS id, t.id AS type_id, t.duration_minutes,
           'bu' || lpad(p.cand::text, 5, '0') AS candidate_id, 'bu' || lpad(p.iv::text, 5, '0') AS interviewer_id,
           CASE WHEN p.past
             THEN date_trunc('day', now()) - interval '1 day' - (p.slot / 10) * interval '1 day' + (8 + p.slot % 10) * interval '1 hour'
             ELSE date_trunc('day', now()) + interval '2 days' + (p.slot / 12) * interval '1 day' + (6 + p.slot % 12) * interval '1 hour'
           END AS starts_at,
           (CASE
              WHEN p.past AND (p.heavy OR abs(hashtext('st' || p.k)) % 100 < 88) THEN 'COMPLETED'
              WHEN p.past AND abs(hashtext('st' || p.k)) % 100 < 95 THEN 'CANCELLED'
              WHEN p.past THEN 'NO_SHOW'
              WHEN abs(hashtext('st' || p.k)) % 100 < 95 THEN 'SCHEDULED'
              ELSE 'CANCELLED' END)::"BookingStatus" AS status
      FROM bench_plan p JOIN bench_types t ON t.n = abs(hashtext('ty' || p.k)) % ${T}`);
  await q(`INSERT INTO bookings (id, interview_type_id, candidate_id, interviewer_id, starts_at, ends_at, status,
                                 idempotency_key, rubric_version_id, meeting_url, calendar_uid, cancelled_by_id,
                                 cancel_reason, cancelled_late, updated_at)
    SELECT b.id, b.type_id, b.candidate_id, b.interviewer_id, b.starts_at,
           b.starts_at + b.duration_minutes * interval '1 minute', b.status, 'bench-' || b.k,
           (SELECT version_id FROM bench_comp c WHERE c.type_id = b.type_id LIMIT 1),
           'https://meet.jit.si/MockLoop-bench-' || b.k, b.id || '@mockloop',
           CASE WHEN b.status = 'CANCELLED' THEN b.candidate_id END,
           CASE WHEN b.status = 'CANCELLED' THEN 'Something came up' END,
           b.status = 'CANCELLED' AND b.k % 3 = 0, now()
      FROM bench_bookings b`);
  await q(`INSERT INTO booking_participants (booking_id, user_id, role, during, active)
    SELECT b.id, u.user_id, u.role::"ParticipantRole", tstzrange(b.starts_at, b.starts_at + b.duration_minutes * interval '1 minute', '[)'),
           b.status IN ('SCHEDULED', 'COMPLETED')
      FROM bench_bookings b,
           LATERAL (VALUES (b.candidate_id, 'CANDIDATE'), (b.interviewer_id, 'INTERVIEWER')) AS u(user_id, role)`);
  await q(`INSERT INTO booking_status_changes (id, booking_id, from_status, to_status, changed_by_id, created_at)
    SELECT 'sc' || b.k, b.id, NULL, 'SCHEDULED', b.candidate_id, b.starts_at - interval '3 days' FROM bench_bookings b`);
  await q(`INSERT INTO no_show_reports (id, booking_id, reporter_id, accused_id, created_at)
    SELECT 'ns' || b.k, b.id, b.interviewer_id, b.candidate_id, b.starts_at + interval '2 hours'
      FROM bench_bookings b WHERE b.status = 'NO_SHOW'`);

  // Released feedback both ways on every completed interview, and a score per competency.
  await q(`INSERT INTO feedback (id, booking_id, direction, author_id, subject_id, status, rubric_version_id,
                                 recommendation, strengths, improvements, next_topics, submitted_at, updated_at)
    SELECT 'fi' || b.k, b.id, 'INTERVIEWER_TO_CANDIDATE', b.interviewer_id, b.candidate_id, 'SUBMITTED',
           (SELECT version_id FROM bench_comp c WHERE c.type_id = b.type_id LIMIT 1),
           (ARRAY['STRONG_NO_HIRE','NO_HIRE','HIRE','STRONG_HIRE'])[1 + abs(hashtext('rec' || b.k)) % 4]::"Recommendation",
           'Clear structure and good questions.', 'Quantify trade-offs earlier.', ARRAY['capacity planning'],
           b.starts_at + interval '2 hours', now()
      FROM bench_bookings b WHERE b.status = 'COMPLETED'`);
  await q(`INSERT INTO feedback (id, booking_id, direction, author_id, subject_id, status, preparedness, question_quality,
                                 feedback_usefulness, respect, comments, would_practise_again, submitted_at, updated_at)
    SELECT 'fc' || b.k, b.id, 'CANDIDATE_TO_INTERVIEWER', b.candidate_id, b.interviewer_id, 'SUBMITTED',
           3 + abs(hashtext('p' || b.k)) % 3, 3 + abs(hashtext('q' || b.k)) % 3, 2 + abs(hashtext('u' || b.k)) % 4,
           4 + abs(hashtext('r' || b.k)) % 2, 'Helpful session.', abs(hashtext('w' || b.k)) % 5 > 0,
           b.starts_at + interval '3 hours', now()
      FROM bench_bookings b WHERE b.status = 'COMPLETED'`);
  // Scores drift upwards over time, plus per-interviewer harshness, so progress has a shape.
  await q(`INSERT INTO feedback_scores (feedback_id, competency_key, competency_id, rubric_version_id, candidate_id,
                                        interviewer_id, interview_type_id, interviewed_at, score, evidence)
    SELECT 'fi' || b.k, c.key, c.competency_id, c.version_id, b.candidate_id, b.interviewer_id, b.type_id, b.starts_at,
           greatest(1, least(4, 1 + (abs(hashtext('sc' || b.k || c.key)) % 3)
                              + CASE WHEN b.starts_at > now() - interval '120 days' THEN 1 ELSE 0 END
                              - CASE WHEN abs(hashtext('harsh' || b.interviewer_id)) % 4 = 0 THEN 1 ELSE 0 END)),
           'Said: "we would shard by tenant and cap hot keys" when asked about growth.'
      FROM bench_bookings b JOIN bench_comp c ON c.type_id = b.type_id WHERE b.status = 'COMPLETED'`);
  await q("COMMIT");
  await q("SET session_replication_role = origin");
  await q("VACUUM ANALYZE");
}

/** Creates a database for one run from the template. */
export async function cloneTemplate(adminUrl: string, template: string, name: string): Promise<string> {
  await admin(adminUrl, async (c) => {
    await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await c.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  });
  return withDatabase(adminUrl, name);
}

export async function dropRunDatabase(adminUrl: string, name: string): Promise<void> {
  await admin(adminUrl, (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`));
}
