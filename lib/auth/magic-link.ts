import { z } from "zod";
import { sendEmail } from "../email/send-email";
import { consumeRateLimit } from "../rate-limit/consume-rate-limit";

export const magicLinkSchema = z.object({
  email: z.email("Enter an e-mail address like name@example.com").max(254).transform((v) => v.trim().toLowerCase()),
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

/** Auth.js calls this with the link; it goes through the outbox like every e-mail. */
export async function sendMagicLinkEmail(params: { identifier: string; url: string; expires: Date; token: string }) {
  const host = new URL(params.url).host;
  await sendEmail({
    dedupeKey: `magic-link:${params.token}`,
    kind: "magic-link",
    to: params.identifier,
    subject: "Your MockLoop sign-in link",
    text: `Sign in to MockLoop (${host}) with this link:\n\n${params.url}\n\nIt works once and expires at ${params.expires.toISOString()}.\nIf you didn't ask for it, you can ignore this e-mail.\n`,
    html: `<p>Sign in to MockLoop (${host}):</p><p><a href="${params.url}">Sign in</a></p><p>The link works once and expires at ${params.expires.toISOString()}. If you didn't ask for it, ignore this e-mail.</p>`,
  });
}
