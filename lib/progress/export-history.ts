import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { Prisma } from "../generated/prisma/client";
import { historyFrom } from "./get-history";
import { visibleToViewerSql } from "../feedback/release-rule";
import { clampScoreSql } from "../rubrics/score-sql";

/**
 * The caller's whole visible history for download: one row per score, with
 * the rubric version and the competency's stable key. Same visibility as the
 * History page (scores on the caller once released, scores they wrote always).
 */
export interface ExportRow {
  bookingId: string;
  startsAt: string;
  role: "CANDIDATE" | "INTERVIEWER";
  interviewType: string;
  counterpartId: string;
  counterpartName: string | null;
  recommendation: string | null;
  rubricVersion: number;
  competencyKey: string;
  competencyName: string;
  score: number;
  /** The score less the interviewer's estimated grading offset, within 1–4. */
  calibratedScore: number;
  evidence: string;
  /** Whether the interview's live-room whiteboard has anything on it (GET /api/v1/interviews/[id]/board). */
  hasBoard: boolean;
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
];

export async function exportHistory(caller: Caller, now = new Date()): Promise<ExportRow[]> {
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
