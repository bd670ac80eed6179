import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { historyFrom, soloHistoryFrom } from "./get-history";
import { visibleToViewerSql } from "../feedback/release-rule";
import { clampScoreSql } from "../rubrics/score-sql";

/**
 * The caller's whole visible history for download: one row per score, with
 * the rubric version and the competency's stable key. Same visibility as the
 * History page (scores on the caller once released, scores they wrote always).
 */
export interface ExportRow {
  /** The interview's booking; null for a solo attempt (kind "solo"). */
  bookingId: string | null;
  startsAt: string;
  role: "CANDIDATE" | "INTERVIEWER";
  interviewType: string;
  counterpartId: string | null;
  counterpartName: string | null;
  recommendation: string | null;
  rubricVersion: number;
  competencyKey: string;
  competencyName: string;
  score: number;
  /** The score less the interviewer's estimated grading offset, within 1–4; null for a self-assessment. */
  calibratedScore: number | null;
  evidence: string;
  /** Whether the interview's live-room whiteboard has anything on it (GET /api/v1/interviews/[id]/board). */
  hasBoard: boolean;
  /** "live", or "solo" for a self-assessed score from solo practice (decision 0028). */
  kind: "live" | "solo";
  soloAttemptId: string | null;
}

export const EXPORT_COLUMNS: (keyof ExportRow)[] = [
  "bookingId",
  "startsAt",
  "role",
  "interviewType",
  "counterpartId",
  "counterpartName",
  "recommendation",
  "rubricVersion",
  "competencyKey",
  "competencyName",
  "score",
  "calibratedScore",
  "evidence",
  "hasBoard",
  "kind",
  "soloAttemptId",
];

export async function exportHistory(caller: Caller, now = new Date()): Promise<ExportRow[]> {
  const [live, solo] = await Promise.all([exportLive(caller, now), exportSolo(caller)]);
  // Newest first across both, as History lists them.
  return [...live, ...solo].sort((a, b) => (a.startsAt < b.startsAt ? 1 : a.startsAt > b.startsAt ? -1 : 0));
}

async function exportLive(caller: Caller, now: Date): Promise<ExportRow[]> {
  const rows = await db().$queryRaw<
    {
      booking_id: string;
      starts_at: Date;
      role: ExportRow["role"];
      type_slug: string;
      counterpart_id: string;
      counterpart_name: string | null;
      recommendation: string | null;
      version: number;
      key: string;
      name: string;
      score: number;
      calibrated: number;
      evidence: string;
      has_board: boolean;
    }[]
  >`
    WITH h AS (
      SELECT b.id AS booking_id, b.starts_at, p.role::text AS role, t.slug AS type_slug,
             cp.user_id AS counterpart_id, COALESCE(pr.display_name, u.name) AS counterpart_name,
             f.id AS feedback_id, f.recommendation::text AS recommendation
      ${historyFrom(caller.id, {}, now)}
         AND ${visibleToViewerSql("f", "b", caller.id, now)}
    )
    SELECT h.booking_id, h.starts_at, h.role, h.type_slug, h.counterpart_id, h.counterpart_name, h.recommendation,
           rv.version, fs.competency_key AS key, rc.name, fs.score::int AS score,
           round(${clampScoreSql(Prisma.sql`fs.score - COALESCE(ro."offset", 0)`)}::numeric, 2)::float8 AS calibrated,
           fs.evidence,
           EXISTS (SELECT 1 FROM live_room_documents d WHERE d.booking_id = h.booking_id AND d.has_board) AS has_board
      FROM h
      JOIN feedback_scores fs ON fs.feedback_id = h.feedback_id
      JOIN rubric_competencies rc ON rc.id = fs.competency_id
      JOIN rubric_versions rv ON rv.id = fs.rubric_version_id
      LEFT JOIN rater_offsets ro ON ro.interviewer_id = fs.interviewer_id
     ORDER BY h.starts_at DESC, h.booking_id, rc.position`;
  return rows.map((r) => ({
    bookingId: r.booking_id,
    startsAt: r.starts_at.toISOString(),
    role: r.role,
    interviewType: r.type_slug,
    counterpartId: r.counterpart_id,
    counterpartName: r.counterpart_name,
    recommendation: r.recommendation,
    rubricVersion: r.version,
    competencyKey: r.key,
    competencyName: r.name,
    score: r.score,
    calibratedScore: r.calibrated,
    evidence: r.evidence,
    hasBoard: r.has_board,
    kind: "live",
    soloAttemptId: null,
  }));
}

/** Self-assessed scores of handed-in solo attempts: no counterpart, no recommendation, no calibration. */
async function exportSolo(caller: Caller): Promise<ExportRow[]> {
  const rows = await db().$queryRaw<
    { id: string; started_at: Date; type_slug: string; version: number; key: string; name: string; score: number }[]
  >`
    SELECT a.id, a.started_at, a.type_slug, rv.version, ss.competency_key AS key, rc.name, ss.score::int AS score
      FROM (SELECT a.id, a.started_at, a.rubric_version_id, t.slug AS type_slug ${soloHistoryFrom(caller.id, {})!}) a
      JOIN solo_attempt_scores ss ON ss.attempt_id = a.id
      JOIN rubric_competencies rc ON rc.id = ss.competency_id
      JOIN rubric_versions rv ON rv.id = a.rubric_version_id
     ORDER BY a.started_at DESC, a.id, rc.position`;
  return rows.map((r) => ({
    bookingId: null,
    startsAt: r.started_at.toISOString(),
    role: "CANDIDATE",
    interviewType: r.type_slug,
    counterpartId: null,
    counterpartName: null,
    recommendation: null,
    rubricVersion: r.version,
    competencyKey: r.key,
    competencyName: r.name,
    score: r.score,
    calibratedScore: null,
    evidence: "",
    hasBoard: false,
    kind: "solo",
    soloAttemptId: r.id,
  }));
}

/** RFC 4180: every field quoted, quotes doubled, CRLF line ends; a leading =,+,-,@ is defused for spreadsheets. */
export function toCsv(rows: ExportRow[]): string {
  const cell = (value: string | number | boolean | null) => {
    let text = value === null ? "" : String(value);
    if (/^[=+\-@\t\r]/.test(text) && typeof value === "string") text = `'${text}`;
    return `"${text.replaceAll('"', '""')}"`;
  };
  const lines = [EXPORT_COLUMNS.map(cell).join(",")];
  for (const row of rows) lines.push(EXPORT_COLUMNS.map((c) => cell(row[c])).join(","));
  return lines.join("\r\n") + "\r\n";
}
