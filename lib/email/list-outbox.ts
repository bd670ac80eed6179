import { db, type DbClient } from "../db";
import { isDemoMode } from "../auth/demo-mode";
import type { Caller } from "../auth/sessions";
import { env } from "../env";
import { AppError } from "../errors";

export const OUTBOX_PAGE_SIZE = 50;

const outboxSelect = {
  id: true,
  kind: true,
  toAddress: true,
  subject: true,
  textBody: true,
  ics: true,
  status: true,
  error: true,
  createdAt: true,
  sentAt: true,
} as const;

/** Who is reading the outbox: the signed-in person (if any) and the addresses this browser asked links for. */
export interface OutboxReader {
  caller: Caller | null;
  requestedAddresses: string[];
}

/**
 * The newest e-mails MockLoop wrote, for the demo outbox page: with no SMTP
 * server, this is how a demo visitor reads their sign-in link. A reader sees
 * only mail to their own address or to one this browser asked a link for; an
 * admin sees all. Outside demo mode the outbox does not exist (404).
 */
export async function listOutbox(reader: OutboxReader, filter: { to?: string } = {}, client: DbClient = db()) {
  if (!isDemoMode(env())) throw new AppError("NOT_FOUND", "Not found.");
  const to = filter.to?.trim().toLowerCase();
  const where = (() => {
    if (reader.caller?.role === "ADMIN") return to ? { toAddress: to } : {};
    const own = [...reader.requestedAddresses, ...(reader.caller?.email ? [reader.caller.email] : [])].map((a) =>
      a.toLowerCase(),
    );
    const readable = to ? own.filter((a) => a === to) : own;
    return { toAddress: { in: readable } };
  })();
  return client.emailOutbox.findMany({
    where,
    select: outboxSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: OUTBOX_PAGE_SIZE,
  });
}

export type OutboxEmail = Awaited<ReturnType<typeof listOutbox>>[number];
