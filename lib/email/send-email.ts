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
}

/**
 * Every e-mail goes through the outbox: claimed by its unique key first, then
 * sent by SMTP when SMTP_URL is set (else only logged), then marked. A crash
 * between the SMTP server's acceptance and the mark can still duplicate one.
 */
export async function sendEmail(email: OutgoingEmail, client: DbClient = db()): Promise<"sent" | "logged" | "duplicate"> {
  const claimed = await client.emailOutbox.createMany({
    data: [
      {
        dedupeKey: email.dedupeKey,
        kind: email.kind,
        toAddress: email.to,
        subject: email.subject,
        textBody: email.text,
        htmlBody: email.html ?? null,
      },
    ],
    skipDuplicates: true,
  });
  if (claimed.count === 0) return "duplicate";

  const smtpUrl = env().SMTP_URL;
  if (!smtpUrl) {
    logger.info({ to: email.to, subject: email.subject, kind: email.kind, body: email.text }, "e-mail (no SMTP_URL: logged only)");
    await client.emailOutbox.update({ where: { dedupeKey: email.dedupeKey }, data: { status: "LOGGED", sentAt: new Date() } });
    return "logged";
  }
  try {
    await nodemailer.createTransport(smtpUrl).sendMail({
      from: env().EMAIL_FROM,
      to: email.to,
      subject: email.subject,
      text: email.text,
      ...(email.html ? { html: email.html } : {}),
    });
  } catch (error) {
    await client.emailOutbox.update({
      where: { dedupeKey: email.dedupeKey },
      data: { status: "FAILED", error: error instanceof Error ? error.message : String(error) },
    });
    throw error;
  }
  await client.emailOutbox.update({ where: { dedupeKey: email.dedupeKey }, data: { status: "SENT", sentAt: new Date() } });
  return "sent";
}
