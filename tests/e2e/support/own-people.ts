import { randomBytes, randomUUID } from "node:crypto";
import type { Browser, BrowserContext, BrowserContextOptions } from "@playwright/test";
import type { e2eDatabase } from "./e2e-database";
import { watchCsp, type Page } from "./fixtures";

/** People a spec makes for itself, unique to it, so specs can run side by side on one e2e database. */
export type E2eDb = Awaited<ReturnType<typeof e2eDatabase>>;

export interface OwnProfile {
  track: "CANDIDATE" | "INTERVIEWER" | "BOTH";
  level: "ENTRY" | "MID" | "SENIOR" | "STAFF";
  timeZone: string;
}

const CANDIDATE_IN_LONDON: OwnProfile = { track: "CANDIDATE", level: "MID", timeZone: "Europe/London" };

/** A user with `id` as e-mail local part; with no name there is no profile, so onboarding comes first. */
export async function createOwnUser(db: E2eDb, id: string, name?: string, profile: OwnProfile = CANDIDATE_IN_LONDON) {
  await db.query(`INSERT INTO users (id, email, name) VALUES ($1, $2, $3)`, [
    id,
    `${id}@test.mockloop.dev`,
    name ?? id,
  ]);
  if (!name) return;
  await db.query(
    `INSERT INTO profiles (user_id, display_name, track, level, has_engineering_background, time_zone, languages, target_companies)
     VALUES ($1, $2, $3, $4, true, $5, ARRAY['English'], ARRAY[]::text[])`,
    [id, name, profile.track, profile.level, profile.timeZone],
  );
}

/** A scheduled interview between two of a spec's own people, with both as participants, written straight to the database. */
export async function insertOwnBooking(
  db: E2eDb,
  booking: { id: string; candidate: string; interviewer: string; start: Date; minutes: number; type?: string },
): Promise<void> {
  const { id, candidate, interviewer, start, minutes, type = "system-design" } = booking;
  await db.query(
    `INSERT INTO bookings (id, interview_type_id, candidate_id, interviewer_id, starts_at, ends_at, status, idempotency_key)
     SELECT $1, t.id, $2, $3, $4, $5, 'SCHEDULED', $6 FROM interview_types t WHERE t.slug = $7`,
    [id, candidate, interviewer, start, new Date(start.getTime() + minutes * 60_000), randomUUID(), type],
  );
  await db.query(
    `INSERT INTO booking_participants (booking_id, user_id, role) VALUES ($1, $2, 'CANDIDATE'), ($1, $3, 'INTERVIEWER')`,
    [id, candidate, interviewer],
  );
}

/** Signs an existing browser context in as `userId`: a session row and its cookie, as Auth.js makes them. */
export async function signInOwnUser(
  db: E2eDb,
  context: BrowserContext,
  baseURL: string,
  userId: string,
): Promise<void> {
  const token = randomBytes(32).toString("base64url");
  await db.query(
    `INSERT INTO sessions (id, session_token, user_id, expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
    [randomUUID(), token, userId],
  );
  await context.addCookies([{ name: "mockloop.session", value: token, url: baseURL }]);
}

/**
 * A browser context of its own, signed in as `userId`: a spec's own people are no demo people (demo
 * sign-in takes only those), so the session is made the way Auth.js makes one, a row and its cookie.
 */
export async function signedInContext(
  db: E2eDb,
  browser: Browser,
  baseURL: string,
  userId: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({ ...options, baseURL });
  await signInOwnUser(db, context, baseURL, userId);
  return context;
}

/** A page in a context of its own, signed in as `userId`, whose CSP violations land in `csp`. */
export async function signedInPage(
  db: E2eDb,
  browser: Browser,
  baseURL: string,
  userId: string,
  csp: string[],
): Promise<Page> {
  const page = await (await signedInContext(db, browser, baseURL, userId)).newPage();
  await watchCsp(page, csp);
  return page;
}
