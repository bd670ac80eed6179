import nodemailer from "nodemailer";
import { db, type DbClient } from "../db";
import { env } from "../env";
import { logger } from "../logger";

export interface OutgoingEmail {
  /** Unique per logical e-mail: a retry with the same key never sends twice. */
  dedupeKey: string;
  kind: string;
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** An iCalendar invite, sent as the text/calendar alternative calendar apps act on. */
  ics?: { method: "REQUEST" | "CANCEL"; content: string };
  headers?: Record<string, string>;
  /**
   * The job attempt sending it (pg-boss job id and retryCount). A row left
   * PENDING by an earlier attempt of the same job — one that crashed after
   * claiming — may be taken over by a later attempt, which pg-boss only starts
   * once the earlier one is over.
   */
  claimant?: { id: string; attempt: number };
}

export interface SendHooks {
  /** Test hook: runs after the row is claimed and before anything is sent. */
  afterClaim?: () => void | Promise<void>;
}

/**
 * An SMTP server that stops answering must not hold a job past its queue's
 * one-minute expiry (lib/jobs/boss.ts): a retry would then overlap this attempt
 * and could send the e-mail twice. Nodemailer's own socket timeout is an hour.
 */
export const SMTP_TIMEOUTS_MS = { connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 20_000 };

/**
 * Every e-mail goes through the outbox: claimed by its unique key first, then
 * sent by SMTP when SMTP_URL is set (else only logged), then marked. A crash
 * between the SMTP server's acceptance and the mark can still duplicate one
 * (when a later attempt of the same job takes the claim over); a FAILED row is
 * claimed again by the next try.
 */
export async function sendEmail(
  email: OutgoingEmail,
  client: DbClient = db(),
  hooks: SendHooks = {},
): Promise<"sent" | "logged" | "duplicate"> {
  if (!(await claim(email, client))) return "duplicate";
  await hooks.afterClaim?.();

  const smtpUrl = env().SMTP_URL;
  if (!smtpUrl) {
    logger.info(
      { to: email.to, subject: email.subject, kind: email.kind, body: email.text },
      "e-mail (no SMTP_URL: logged only)",
    );
    await client.emailOutbox.update({
      where: { dedupeKey: email.dedupeKey },
      data: { status: "LOGGED", sentAt: new Date() },
    });
    return "logged";
  }
  try {
    await nodemailer.createTransport({ url: smtpUrl, ...SMTP_TIMEOUTS_MS }).sendMail({
      from: env().EMAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
      ...(email.html ? { html: email.html } : {}),
      ...(email.ics ? { icalEvent: { method: email.ics.method, content: email.ics.content } } : {}),
      ...(email.headers ? { headers: email.headers } : {}),
    });
  } catch (error) {
    await client.emailOutbox.update({
      where: { dedupeKey: email.dedupeKey },
      data: { status: "FAILED", error: error instanceof Error ? error.message : String(error) },
    });
    throw error;
  }
  await client.emailOutbox.update({
    where: { dedupeKey: email.dedupeKey },
    data: { status: "SENT", sentAt: new Date() },
  });
  return "sent";
}

/**
 * Inserts the row, or takes over one that a failed send or an earlier attempt
 * of the same job left behind. The row lock of ON CONFLICT DO UPDATE makes two
 * racing claimants see each other: only one gets a row back.
 */
async function claim(email: OutgoingEmail, client: DbClient): Promise<boolean> {
  const rows = await client.$queryRaw<{ id: string }[]>`
    INSERT INTO email_outbox (id, dedupe_key, kind, to_address, subject, text_body, html_body, ics, headers, claimed_by, claim_attempt)
    VALUES (${cuidLike()}, ${email.dedupeKey}, ${email.kind}, ${email.to}, ${email.subject}, ${email.text},
            ${email.html ?? null}, ${email.ics?.content ?? null}, ${email.headers ? JSON.stringify(email.headers) : null}::jsonb,
            ${email.claimant?.id ?? null}, ${email.claimant?.attempt ?? 0})
    ON CONFLICT (dedupe_key) DO UPDATE
       SET status = 'PENDING', error = NULL, claimed_by = EXCLUDED.claimed_by, claim_attempt = EXCLUDED.claim_attempt
     WHERE email_outbox.status = 'FAILED'
        OR (email_outbox.status = 'PENDING' AND email_outbox.claimed_by = EXCLUDED.claimed_by
            AND email_outbox.claim_attempt < EXCLUDED.claim_attempt)
    RETURNING id`;
  return rows.length > 0;
}

// Prisma's @default(cuid()) only applies to its own writes; any unique text id will do here.
function cuidLike(): string {
  return `c${Date.now().toString(36)}${crypto.randomUUID().replaceAll("-", "").slice(0, 16)}`;
}
