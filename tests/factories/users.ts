import { randomUUID } from "node:crypto";
import { createApiToken } from "../../lib/auth/api-tokens";
import { createSession, toCaller, type Caller } from "../../lib/auth/sessions";
import { db } from "../../lib/db";
import type { Role } from "../../lib/generated/prisma/client";
import { INTERVIEW_TYPES } from "../../prisma/seed-data/interview-types";

/** Interview types as the seed makes them (integration databases start empty). */
export async function ensureInterviewTypes(): Promise<void> {
  for (const type of INTERVIEW_TYPES) {
    await db().interviewType.upsert({ where: { slug: type.slug }, create: type, update: {} });
  }
}

export interface TestUser {
  caller: Caller;
  email: string;
  sessionToken: string;
  apiToken: string;
}

/** A unique, onboarded user with a session and an API token. */
export async function createTestUser(
  options: { role?: Role; onboarded?: boolean; timeZone?: string } = {},
): Promise<TestUser> {
  const suffix = randomUUID().slice(0, 8);
  const email = `user-${suffix}@test.mockloop.dev`;
  const user = await db().user.create({
    data: {
      email,
      name: `Test ${suffix}`,
      role: options.role ?? "USER",
      ...(options.onboarded === false
        ? {}
        : {
            profile: {
              create: {
                displayName: `Test ${suffix}`,
                track: "CANDIDATE",
                level: "MID",
                hasEngineeringBackground: false,
                timeZone: options.timeZone ?? "Europe/London",
                languages: ["English"],
                targetCompanies: [],
              },
            },
          }),
    },
    select: { id: true, role: true, email: true, profile: { select: { displayName: true, timeZone: true } } },
  });
  const caller = toCaller(user, "session");
  const session = await createSession(user.id);
  const token = await createApiToken(caller, { name: "test" });
  return { caller, email, sessionToken: session.token, apiToken: token.secret };
}

export const bearer = (u: TestUser) => ({ authorization: `Bearer ${u.apiToken}` });
