import { randomBytes } from "node:crypto";
import { recordAudit } from "../audit/record-audit";
import type { Caller } from "../auth/sessions";
import { db, type DbTransaction } from "../db";
import { AppError } from "../errors";
import type { QuestionStatus } from "../generated/prisma/client";
import { questionWithGuideSelect } from "./question-select";
import type { ModerationInput, QuestionInput } from "./question.schema";

const auditSelect = { ...questionWithGuideSelect, rejectionReason: true } as const;

function slugify(title: string): string {
  const base = title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-|-$/g, "")
    .slice(0, 60);
  return `${base}-${randomBytes(3).toString("hex")}`;
}

async function resolveType(tx: DbTransaction, slug: string): Promise<string> {
  const type = await tx.interviewType.findFirst({ where: { slug, retiredAt: null }, select: { id: true } });
  if (!type) {
    throw new AppError("BAD_REQUEST", "Some fields are missing or invalid.", {
      fieldErrors: { interviewType: ["Unknown interview type"] },
    });
  }
  return type.id;
}

function assertAdmin(caller: Caller) {
  if (caller.role !== "ADMIN") throw new AppError("NOT_FOUND", "Not found.");
}

/**
 * Anyone signed in may propose a question; it waits for an admin. Admins'
 * own questions are approved at once. Every write is audited in the same
 * transaction, with the state before and after.
 */
export async function createQuestion(caller: Caller, input: QuestionInput) {
  const status: QuestionStatus = caller.role === "ADMIN" ? "APPROVED" : "PENDING";
  return db().$transaction(async (tx) => {
    const { interviewType, ...fields } = input;
    const created = await tx.question.create({
      data: {
        ...fields,
        slug: slugify(input.title),
        interviewTypeId: await resolveType(tx, interviewType),
        status,
        authorId: caller.id,
        ...(status === "APPROVED" ? { reviewedById: caller.id, reviewedAt: new Date() } : {}),
      },
      select: auditSelect,
    });
    await recordAudit(tx, {
      actorId: caller.id,
      action: "question.create",
      entityType: "question",
      entityId: created.id,
      after: created,
    });
    return created;
  });
}

/** Admins edit any question; authors may edit their own while it is still pending. */
export async function editQuestion(caller: Caller, id: string, patch: Partial<QuestionInput>) {
  return db().$transaction(async (tx) => {
    const before = await tx.question.findFirst({
      where: { id, ...(caller.role === "ADMIN" ? {} : { authorId: caller.id, status: "PENDING" }) },
      select: auditSelect,
    });
    if (!before) throw new AppError("NOT_FOUND", "No such question, or it can no longer be edited.");
    const { interviewType, ...fields } = patch;
    const after = await tx.question.update({
      where: { id },
      data: { ...fields, ...(interviewType ? { interviewTypeId: await resolveType(tx, interviewType) } : {}) },
      select: auditSelect,
    });
    await recordAudit(tx, {
      actorId: caller.id,
      action: "question.edit",
      entityType: "question",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}

const ALLOWED_FROM: Record<ModerationInput["action"], QuestionStatus[]> = {
  approve: ["PENDING", "REJECTED"],
  reject: ["PENDING"],
  retire: ["APPROVED", "PENDING"],
};

/** Approve (optionally with edits), reject with a reason, or retire. Retired questions stay attached to past interviews. */
export async function moderateQuestion(caller: Caller, id: string, input: ModerationInput) {
  assertAdmin(caller);
  return db().$transaction(async (tx) => {
    const before = await tx.question.findUnique({ where: { id }, select: auditSelect });
    if (!before) throw new AppError("NOT_FOUND", "No such question.");
    if (!ALLOWED_FROM[input.action].includes(before.status)) {
      throw new AppError(
        "CONFLICT",
        `A ${before.status.toLowerCase()} question can't be ${input.action === "approve" ? "approved" : input.action + "d"}.`,
      );
    }
    const review = { reviewedById: caller.id, reviewedAt: new Date() };
    let data;
    if (input.action === "approve") {
      const { interviewType, ...fields } = input.changes ?? {};
      data = {
        ...fields,
        ...(interviewType ? { interviewTypeId: await resolveType(tx, interviewType) } : {}),
        status: "APPROVED" as const,
        rejectionReason: null,
        ...review,
      };
    } else if (input.action === "reject")
      data = { status: "REJECTED" as const, rejectionReason: input.reason, ...review };
    else data = { status: "RETIRED" as const, ...review };
    const after = await tx.question.update({ where: { id }, data, select: auditSelect });
    await recordAudit(tx, {
      actorId: caller.id,
      action: `question.${input.action}`,
      entityType: "question",
      entityId: id,
      before,
      after,
    });
    return after;
  });
}
