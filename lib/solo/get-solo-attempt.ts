import type { Caller } from "../auth/sessions";
import { db, type DbClient } from "../db";
import { AppError } from "../errors";
import { parseLearnBlock } from "../questions/learn-block";
import type { SoloAttemptSummary, SoloAttemptView } from "./solo.types";

const MINUTE = 60_000;

export const soloAttemptSelect = {
  id: true,
  startedAt: true,
  submittedAt: true,
  timeLimitMinutes: true,
  answer: true,
  question: { select: { id: true, title: true, difficulty: true, prompt: true, learn: true, guide: true } },
  interviewType: { select: { slug: true, name: true } },
  rubricVersion: {
    select: {
      competencies: {
        orderBy: { position: "asc" },
        select: { key: true, name: true, description: true, descriptors: true },
      },
    },
  },
  scores: { select: { competencyKey: true, score: true } },
} as const;

type AttemptRow = NonNullable<Awaited<ReturnType<typeof findAttempt>>>;

function findAttempt(client: DbClient, caller: Caller, id: string) {
  // Scoped by the caller in the query: someone else's attempt is the same 404 as none.
  return client.soloAttempt.findFirst({ where: { id, userId: caller.id }, select: soloAttemptSelect });
}

export function presentAttempt(row: AttemptRow): SoloAttemptView {
  const submitted = row.submittedAt !== null;
  const names = new Map(row.rubricVersion.competencies.map((c) => [c.key, c.name]));
  return {
    id: row.id,
    status: submitted ? "SUBMITTED" : "IN_PROGRESS",
    startedAt: row.startedAt.toISOString(),
    submittedAt: row.submittedAt?.toISOString() ?? null,
    question: { id: row.question.id, title: row.question.title, difficulty: row.question.difficulty },
    interviewType: row.interviewType,
    timeLimitMinutes: row.timeLimitMinutes,
    dueAt: new Date(row.startedAt.getTime() + row.timeLimitMinutes * MINUTE).toISOString(),
    prompt: row.question.prompt,
    learn: parseLearnBlock(row.question.learn),
    competencies: row.rubricVersion.competencies,
    answer: row.answer,
    scores: row.rubricVersion.competencies
      .map((c) => ({
        key: c.key,
        name: names.get(c.key) ?? c.key,
        score: row.scores.find((s) => s.competencyKey === c.key)?.score,
      }))
      .filter((s): s is { key: string; name: string; score: number } => s.score !== undefined),
    guide: submitted ? row.question.guide : null,
  };
}

export async function getSoloAttempt(caller: Caller, id: string, client: DbClient = db()): Promise<SoloAttemptView> {
  const row = await findAttempt(client, caller, id);
  if (!row) throw new AppError("NOT_FOUND", "No such solo attempt.");
  return presentAttempt(row);
}

/** The caller's attempts, newest first (History lists the submitted ones too, beside live interviews). */
export async function listSoloAttempts(caller: Caller, limit = 50): Promise<SoloAttemptSummary[]> {
  const rows = await db().soloAttempt.findMany({
    where: { userId: caller.id },
    orderBy: [{ startedAt: "desc" }, { id: "desc" }],
    take: limit,
    select: {
      id: true,
      startedAt: true,
      submittedAt: true,
      question: { select: { id: true, title: true, difficulty: true } },
      interviewType: { select: { slug: true, name: true } },
    },
  });
  return rows.map((r) => ({
    id: r.id,
    status: r.submittedAt ? "SUBMITTED" : "IN_PROGRESS",
    startedAt: r.startedAt.toISOString(),
    submittedAt: r.submittedAt?.toISOString() ?? null,
    question: r.question,
    interviewType: r.interviewType,
  }));
}
