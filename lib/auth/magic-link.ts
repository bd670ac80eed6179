import { z } from "zod";
import { sendEmail } from "../email/send-email";
import { env } from "../env";
import { formatDay, formatClock } from "../dates/viewer-time";
import type { Locale } from "../dates/locale";
import { linkForAskingOrigin, linkRequestLocale } from "./asking-origin";
import { consumeRateLimit } from "../rate-limit/consume-rate-limit";

export const magicLinkSchema = z.object({
  email: z
    .email("Enter an e-mail address like name@example.com")
    .max(254)
    .transform((v) => v.trim().toLowerCase()),
  /** Where the link lands; anything but a path on this site is ignored (safeReturnPath). */
  next: z.string().max(500).optional(),
});

// Generous for a person, useless for someone mailing strangers.
const PER_ADDRESS = { limit: 5, windowSeconds: 15 * 60 };
const PER_IP = { limit: 20, windowSeconds: 15 * 60 };

export async function assertMagicLinkAllowed(email: string, ip: string): Promise<void> {
  await consumeRateLimit(`magic-link:ip:${ip}`, {
    ...PER_IP,
    message: "Too many sign-in links were requested from your network. Wait 15 minutes and try again.",
  });
  await consumeRateLimit(`magic-link:email:${email}`, {
    ...PER_ADDRESS,
    message: "We've sent several links to this address already. Check your inbox (and spam), or wait 15 minutes.",
  });
}

/**
 * When the link stops working, for someone whose time zone we don't know yet: how long from now, and the
 * moment in UTC written as people write it in their locale ("in 24 hours (Sat 5 Dec, 12:48 UTC)"), not as a
 * raw timestamp.
 */
export function describeExpiry(expires: Date, locale: Locale, now: Date = new Date()): string {
  const minutes = Math.max(1, Math.round((expires.getTime() - now.getTime()) / 60_000));
  const within =
    minutes >= 120 ? `${Math.round(minutes / 60)} hours` : minutes === 1 ? "1 minute" : `${minutes} minutes`;
  const iso = expires.toISOString();
  const at = `${formatDay(iso, "UTC", locale)}, ${formatClock(iso, "UTC", locale)}`;
  return `in ${within} (${at} UTC)`;
}

/** Auth.js calls this with the link; it goes through the outbox like every e-mail. */
export async function sendMagicLinkEmail(params: { identifier: string; url: string; expires: Date; token: string }) {
  const url = linkForAskingOrigin(params.url, env().PUBLIC_URL);
  const host = new URL(url).host;
  const expiry = describeExpiry(params.expires, linkRequestLocale());
  await sendEmail({
    dedupeKey: `magic-link:${params.token}`,
    kind: "magic-link",
    to: params.identifier,
    subject: "Your MockLoop sign-in link",
    text: `Sign in to MockLoop (${host}) with this link:\n\n${url}\n\nIt works once and expires ${expiry}.\nIf you didn't ask for it, you can ignore this e-mail.\n`,
    html: `<p>Sign in to MockLoop (${host}):</p><p><a href="${url}">Sign in</a></p><p>The link works once and expires ${expiry}. If you didn't ask for it, ignore this e-mail.</p>`,
  });
}
