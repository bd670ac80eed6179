import { db, type DbClient } from "../db";
import { isDemoMode } from "../auth/demo-mode";
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

/**
 * The newest e-mails MockLoop wrote, for the demo outbox page: with no SMTP
 * server, this is how a demo visitor reads their sign-in link. Outside demo
 * mode the outbox holds real people's links, so it does not exist (404).
 */
export async function listOutbox(filter: { to?: string } = {}, client: DbClient = db()) {
  if (!isDemoMode(env())) throw new AppError("NOT_FOUND", "Not found.");
  const to = filter.to?.trim().toLowerCase();
  return client.emailOutbox.findMany({
    where: to ? { toAddress: to } : {},
    select: outboxSelect,
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: OUTBOX_PAGE_SIZE,
  });
}

export type OutboxEmail = Awaited<ReturnType<typeof listOutbox>>[number];
