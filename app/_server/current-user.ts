import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { withReturnPath } from "@/lib/auth/return-to";
import { callerFromSessionToken, type Caller } from "@/lib/auth/sessions";
import { rememberLocale } from "@/lib/users/user-locale";
import { requestLocale } from "./request-locale";

/**
 * The signed-in person for server components and actions, looked up once per
 * request (React cache). Every page calls one of these itself: layouts are not
 * where access is checked (nor is the proxy, which only sets headers: docs/ARCHITECTURE.md).
 */
export const currentUser = cache(async (): Promise<Caller | null> => {
  const token = (await cookies()).get(sessionCookie().name)?.value;
  const user = token ? await callerFromSessionToken(token) : null;
  if (user) {
    // E-mails follow the locale the person's pages are in (decision 0030): written only when it changed.
    const locale = await requestLocale();
    if (user.locale !== locale) {
      await rememberLocale(user.id, locale);
      return { ...user, locale };
    }
  }
  return user;
});

/** `returnTo`: a page worth coming back to after signing in (a shared booking page), carried as ?next=. */
export async function requireUser(returnTo?: string): Promise<Caller> {
  const user = await currentUser();
  if (!user) redirect(withReturnPath("/sign-in", returnTo));
  return user;
}

/** Signed in and onboarded; otherwise sent to the step they are missing, and back to `returnTo` after it. */
export async function requireOnboardedUser(returnTo?: string): Promise<Caller> {
  const user = await requireUser(returnTo);
  if (!user.onboarded) redirect(withReturnPath("/onboarding", returnTo));
  return user;
}

export async function requireAdminUser(): Promise<Caller> {
  const user = await requireOnboardedUser();
  if (user.role !== "ADMIN") notFound();
  return user;
}
