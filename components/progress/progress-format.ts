import type { ScorePoint } from "@/lib/progress/progress.types";
import { formatDateTime, formatShortDate } from "@/lib/dates/date-labels";
import type { Locale } from "@/lib/dates/locale";

/**
 * Numbers on the progress pages as people read them: one decimal, a real minus
 * sign, and sentences instead of bare offsets. Pure, so it is unit-tested.
 */
const MINUS = "\u2212";

export function formatScore(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : value.toFixed(1);
}

/** "+0.6", "−0.3", or "no change" when it rounds to zero. */
export function formatChange(value: number | null | undefined): string {
  if (value === null || value === undefined) return "—";
  const rounded = Math.round(value * 10) / 10;
  if (rounded === 0) return "no change";
  return rounded > 0 ? `+${rounded.toFixed(1)}` : `${MINUS}${Math.abs(rounded).toFixed(1)}`;
}

export function formatShare(value: number | null | undefined): string {
  return value === null || value === undefined ? "—" : `${Math.round(value * 100)}%`;
}

/** Below this, an offset is noise: the grader is in line with everyone else. */
const IN_LINE = 0.1;

/**
 * The interviewer's grading offset in plain words. The model reads a score as
 * the candidate's ability plus the interviewer's offset, so a positive offset
 * means scores above what others would give.
 */
export function describeOffset(offset: number | null | undefined): string {
  if (offset === null || offset === undefined) {
    return "Not enough feedback from you yet to tell how you grade compared with other interviewers.";
  }
  const points = Math.abs(offset).toFixed(1);
  if (Math.abs(offset) < IN_LINE) {
    return "You grade in line with other interviewers: your scores need almost no adjusting.";
  }
  return offset > 0
    ? `You grade about ${points} points more generously than other interviewers, so candidates' calibrated scores take ${points} off yours.`
    : `You grade about ${points} points more strictly than other interviewers, so candidates' calibrated scores add ${points} to yours.`;
}

export interface ChartRow {
  /** Short date in the viewer's zone, for the axis. */
  label: string;
  /** Full date and time in the viewer's zone, for the table and tooltip. */
  when: string;
  at: string;
  score: number;
  calibrated: number;
  rubricVersion: number;
}

/**
 * A point's two labels, kept per zone and instant: every render of the progress page formats the
 * same few hundred past interviews again, and Intl's format() was most of the charts' share of the
 * server render. Bounded, because a long-running server sees many people's interviews.
 */
const labels = new Map<string, readonly [short: string, long: string]>();
const MAX_LABELS = 50_000;

function labelsOf(at: string, timeZone: string, locale: Locale): readonly [string, string] {
  const key = `${locale}|${timeZone}|${at}`;
  let pair = labels.get(key);
  if (!pair) {
    const date = new Date(at);
    pair = [formatShortDate(date, timeZone, locale), formatDateTime(date, timeZone, locale)];
    if (labels.size >= MAX_LABELS) labels.clear();
    labels.set(key, pair);
  }
  return pair;
}

/** A competency's series as chart and table rows, oldest first, dates in the viewer's zone. */
export function chartRows(series: ScorePoint[], timeZone: string, locale: Locale): ChartRow[] {
  return [...series]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((p) => {
      const [label, when] = labelsOf(p.at, timeZone, locale);
      return {
        label,
        when,
        at: p.at,
        score: p.score,
        calibrated: Math.round(p.calibrated * 100) / 100,
        rubricVersion: p.rubricVersion,
      };
    });
}

export interface RatingRow {
  label: string;
  when: string;
  at: string;
  rating: number;
}

/** Ratings an interviewer received (1–5), oldest first. */
export function ratingRows(ratings: { at: string; rating: number }[], timeZone: string, locale: Locale): RatingRow[] {
  return [...ratings]
    .sort((a, b) => a.at.localeCompare(b.at))
    .map((r) => {
      const [label, when] = labelsOf(r.at, timeZone, locale);
      return { label, when, at: r.at, rating: Math.round(r.rating * 100) / 100 };
    });
}

/** One sentence a screen reader can give before the table: where the line starts and ends. */
export function describeTrend(name: string, rows: ChartRow[]): string {
  if (rows.length === 0) return `No ${name} scores yet.`;
  const firstRow = rows[0]!;
  const lastRow = rows[rows.length - 1]!;
  if (rows.length === 1) return `${name}: one score so far, ${firstRow.score} on ${firstRow.when}.`;
  return `${name} over ${rows.length} interviews: from ${firstRow.score} on ${firstRow.label} to ${lastRow.score} on ${lastRow.label}.`;
}
