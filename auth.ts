import NextAuth, { type NextAuthConfig } from "next-auth";
import GitHub from "next-auth/providers/github";
import Google from "next-auth/providers/google";
import { authAdapter, maySignIn, promoteConfiguredAdmin } from "@/lib/auth/auth-adapter";
import { sendMagicLinkEmail } from "@/lib/auth/magic-link";
import { SESSION_MAX_AGE_SECONDS, sessionCookie } from "@/lib/auth/session-cookie";
import { env } from "@/lib/env";
import { logger } from "@/lib/logger";

/**
 * Auth.js runs the sign-in flows (magic link, GitHub, Google) and writes
 * database sessions; reading the session on each request is ours
 * (lib/auth/sessions.ts). Built lazily so `next build` needs no environment.
 */
function config(): NextAuthConfig {
  const e = env();
  // Next's route handlers see the server's own address (localhost); Auth.js builds its
  // redirects from AUTH_URL when set, so links and callbacks use the public address.
  process.env.AUTH_URL ??= e.PUBLIC_URL;
  const cookie = sessionCookie();
  const providers: NextAuthConfig["providers"] = [
    {
      id: "email",
      type: "email",
      name: "Email",
      maxAge: 30 * 60,
      from: e.EMAIL_FROM,
      sendVerificationRequest: (params) => sendMagicLinkEmail(params),
    },
  ];
  if (e.GITHUB_ID && e.GITHUB_SECRET) providers.push(GitHub({ clientId: e.GITHUB_ID, clientSecret: e.GITHUB_SECRET }));
  if (e.GOOGLE_ID && e.GOOGLE_SECRET) providers.push(Google({ clientId: e.GOOGLE_ID, clientSecret: e.GOOGLE_SECRET }));

  return {
    adapter: authAdapter(),
    secret: e.AUTH_SECRET,
    trustHost: true,
    session: { strategy: "database", maxAge: SESSION_MAX_AGE_SECONDS },
    useSecureCookies: cookie.options.secure,
    cookies: { sessionToken: { name: cookie.name, options: cookie.options } },
    pages: { signIn: "/sign-in", verifyRequest: "/sign-in/check-email", error: "/sign-in" },
    providers,
    // An expired or reused link is ordinary user behaviour, not a server error worth a stack trace.
    logger: {
      error: (error) => logger.warn({ err: error.name, message: error.message }, "auth error"),
      warn: (code) => logger.warn({ code }, "auth warning"),
      debug: () => {},
    },
    callbacks: {
      signIn: async ({ user }) => maySignIn(user.email),
    },
    events: {
      createUser: async ({ user }) => {
        if (user.id) await promoteConfiguredAdmin(user.id, user.email);
      },
    },
  };
}

export const { handlers, signIn } = NextAuth(() => config());
