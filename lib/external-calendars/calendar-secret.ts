import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from "node:crypto";
import { z } from "zod";
import { env, type Env } from "../env";
import { AppError } from "../errors";

/**
 * What it takes to read a calendar: the subscription address (itself a secret:
 * whoever has it reads the calendar) or the CalDAV address and login. Sealed
 * with AES-256-GCM before it reaches the database (decision 0026).
 */
export const calendarSecretSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("ICS"), url: z.string() }),
  z.object({ kind: z.literal("CALDAV"), url: z.string(), username: z.string(), password: z.string() }),
]);
export type CalendarSecret = z.infer<typeof calendarSecretSchema>;

const VERSION = "v1";
// Only for development and tests with neither variable set; production refuses to use it.
const DEVELOPMENT_ONLY_SECRET = "mockloop development calendar key, not for production use";

type KeyConfig = Pick<Env, "CALENDAR_ENCRYPTION_KEY" | "AUTH_SECRET" | "NODE_ENV">;

/** A 32-byte key from CALENDAR_ENCRYPTION_KEY, else from AUTH_SECRET (HKDF keeps the two uses apart). */
export function calendarKey(config: KeyConfig = env()): Buffer {
  const source = config.CALENDAR_ENCRYPTION_KEY ?? config.AUTH_SECRET;
  if (!source && config.NODE_ENV === "production") {
    throw new AppError(
      "SERVICE_UNAVAILABLE",
      "Calendars cannot be connected until the server has CALENDAR_ENCRYPTION_KEY or AUTH_SECRET set.",
    );
  }
  return Buffer.from(hkdfSync("sha256", source ?? DEVELOPMENT_ONLY_SECRET, "mockloop", "calendar credentials v1", 32));
}

export function sealCalendarSecret(secret: CalendarSecret, key: Buffer = calendarKey()): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(secret), "utf8"), cipher.final()]);
  return [
    VERSION,
    iv.toString("base64url"),
    cipher.getAuthTag().toString("base64url"),
    body.toString("base64url"),
  ].join(".");
}

/** The secret, or an error a person can act on when the key changed since it was sealed. */
export function openCalendarSecret(sealed: string, key: Buffer = calendarKey()): CalendarSecret {
  const [version, iv, tag, body] = sealed.split(".");
  try {
    if (version !== VERSION || !iv || !tag || !body) throw new Error("unknown format");
    const decipher = createDecipheriv("aes-256-gcm", key, Buffer.from(iv, "base64url"));
    decipher.setAuthTag(Buffer.from(tag, "base64url"));
    const text = Buffer.concat([decipher.update(Buffer.from(body, "base64url")), decipher.final()]).toString("utf8");
    return calendarSecretSchema.parse(JSON.parse(text));
  } catch (cause) {
    throw new AppError(
      "UNPROCESSABLE",
      "MockLoop can no longer unlock this calendar's saved address (the server's key changed). Remove it and connect it again.",
      { cause },
    );
  }
}
