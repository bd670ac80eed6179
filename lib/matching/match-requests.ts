import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import type { MatchRequestInput } from "./match-request.schema";
import { unmatchedAnswer, type Unmatched } from "./match-alternatives";
import { tryMatch } from "./try-match";

const requestSelect = {
  id: true,
  status: true,
  expiresAt: true,
  createdAt: true,
  bookingId: true,
  interviewType: { select: { slug: true, name: true } },
  windows: { select: { startsAt: true, endsAt: true }, orderBy: { startsAt: "asc" } },
} as const;

/**
 * Stores the request, then tries to book at once; if nobody fits it stays open for the sweeper,
 * and the answer says why and which times near its windows someone is free (`unmatched`).
 */
export async function createMatchRequest(caller: Caller, input: MatchRequestInput, now = new Date()) {
  const type = await db().interviewType.findFirst({
    where: { slug: input.interviewType, retiredAt: null },
    select: { id: true },
  });
  if (!type) {
    throw new AppError("BAD_REQUEST", "Some fields are missing or invalid.", {
      fieldErrors: { interviewType: ["Unknown interview type"] },
    });
  }
  const open = await db().matchRequest.count({ where: { candidateId: caller.id, status: "OPEN" } });
  if (open >= 3) throw new AppError("CONFLICT", "You already have 3 open match requests. Cancel one first.");
  const expiresAt = new Date(Math.max(...input.windows.map((w) => w.end.getTime())));
  const created = await db().matchRequest.create({
    data: {
      candidateId: caller.id,
      interviewTypeId: type.id,
      expiresAt,
      windows: { create: input.windows.map((w) => ({ startsAt: w.start, endsAt: w.end })) },
    },
    select: { id: true },
  });
  const attempt = await tryMatch(created.id, now);
  const request = await getMatchRequest(caller, created.id);
  if (attempt.bookingId || request.status !== "OPEN") return request;
  const unmatched: Unmatched = await unmatchedAnswer(
    caller,
    input.interviewType,
    request.windows,
    attempt.refusal,
    now,
  );
  return { ...request, unmatched };
}

export async function getMatchRequest(caller: Caller, id: string) {
  const request = await db().matchRequest.findFirst({ where: { id, candidateId: caller.id }, select: requestSelect });
  if (!request) throw new AppError("NOT_FOUND", "No such match request.");
  return request;
}

export async function listMatchRequests(caller: Caller) {
  return db().matchRequest.findMany({
    where: { candidateId: caller.id },
    select: requestSelect,
    orderBy: { createdAt: "desc" },
    take: 50,
  });
}

export async function cancelMatchRequest(caller: Caller, id: string): Promise<void> {
  const { count } = await db().matchRequest.updateMany({
    where: { id, candidateId: caller.id, status: "OPEN" },
    data: { status: "CANCELLED" },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "No open match request with that id.");
}
