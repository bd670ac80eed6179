import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { currentUser } from "@/app/_server/current-user";
import { DemoUserList, type DemoUserOption } from "@/components/auth/demo-user-list";
import { MagicLinkForm } from "@/components/auth/magic-link-form";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { listDemoUsers } from "@/lib/auth/demo-sign-in";
import { safeReturnPath, withReturnPath } from "@/lib/auth/return-to";
import { env } from "@/lib/env";

type MetadataProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/**
 * A shared booking page (decision 0032) lands here for a crawler or a signed-out friend, so its link
 * preview invites them to book, naming no one: who the page belongs to is for signed-in people only.
 */
export async function generateMetadata({ searchParams }: MetadataProps): Promise<Metadata> {
  const next = (await searchParams).next;
  if (typeof next !== "string" || !safeReturnPath(next)?.startsWith("/people/")) return { title: "Sign in" };
  const title = "Book a practice interview";
  const description =
    "A peer shared their MockLoop booking page with you: sign in to see their open times and book one.";
  return { title, description, openGraph: { title, description }, twitter: { title, description } };
}

/** Auth.js sends people back here with ?error=<code> (pages.error in auth.ts). */
const ERROR_MESSAGES: Record<string, string> = {
  Verification: "That link has expired or was already used. Ask for a new one below.",
  AccessDenied: "That account can't sign in right now. If you think that's a mistake, contact the MockLoop team.",
  OAuthAccountNotLinked:
    "That e-mail address already has a MockLoop account with another sign-in method. Sign in the way you did before, or ask for an e-mail link.",
  EmailSignin: "We couldn't send the sign-in e-mail. Try again in a minute.",
  SessionRequired: "Sign in to see that page.",
  Configuration: "Sign-in isn't set up correctly on this server. Try the e-mail link, or tell the MockLoop team.",
};
const FALLBACK_ERROR = "That sign-in didn't work. Try again, or ask for an e-mail link instead.";

async function signInWithGitHub() {
  "use server";
  await signIn("github", { redirectTo: "/dashboard" });
}

async function signInWithGoogle() {
  "use server";
  await signIn("google", { redirectTo: "/dashboard" });
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;
const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);

export default async function SignInPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const next = safeReturnPath(first(params.next));
  const user = await currentUser();
  if (user) redirect(user.onboarded ? (next ?? "/dashboard") : withReturnPath("/onboarding", next));

  const errorCode = first(params.error);
  const errorMessage = errorCode ? (ERROR_MESSAGES[errorCode] ?? FALLBACK_ERROR) : null;
  const asInterviewer = first(params.as) === "interviewer";
  const e = env();
  const github = Boolean(e.GITHUB_ID && e.GITHUB_SECRET);
  const google = Boolean(e.GOOGLE_ID && e.GOOGLE_SECRET);
  const demoUsers: DemoUserOption[] = (await listDemoUsers()).flatMap((u) =>
    u.profile
      ? [
          {
            id: u.id,
            isAdmin: u.role === "ADMIN",
            displayName: u.profile.displayName,
            track: u.profile.track,
            level: u.profile.level,
            timeZone: u.profile.timeZone,
          },
        ]
      : [],
  );
  const hasDemo = demoUsers.length > 0;

  return (
    <main id="main" className={cn("mx-auto px-4 py-8 sm:py-12", hasDemo ? "max-w-5xl" : "max-w-md")}>
      <Link href="/" className="text-lg font-bold text-brand-700">
        MockLoop
      </Link>
      <div className={cn("mt-6 grid gap-8", hasDemo && "lg:grid-cols-[minmax(0,26rem)_1fr] lg:items-start lg:gap-12")}>
        <section
          aria-labelledby="sign-in-heading"
          className={cn(
            "rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8",
            hasDemo && "lg:sticky lg:top-8",
          )}
        >
          <h1 id="sign-in-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
            Sign in to MockLoop
          </h1>
          <p className="mt-2 text-slate-700">
            {asInterviewer
              ? "Thanks for offering to interview. Sign in, tell us what you can interview for, and you're ready."
              : "New here? Use the same form: the link sets up your account, then two minutes of questions and you can book."}
          </p>

          {errorMessage ? (
            <div role="alert" className="mt-5 rounded-md bg-amber-50 p-3 text-sm text-amber-950 ring-1 ring-amber-300">
              {errorMessage}
            </div>
          ) : null}

          <MagicLinkForm defaultEmail={first(params.email) ?? ""} next={next} />

          {github || google ? (
            <>
              <div className="my-6 flex items-center gap-3 text-sm text-slate-600" aria-hidden="true">
                <span className="h-px flex-1 bg-slate-200" />
                or
                <span className="h-px flex-1 bg-slate-200" />
              </div>
              <div className="grid gap-2">
                {github ? (
                  <form action={signInWithGitHub}>
                    <Button type="submit" variant="secondary" className="w-full">
                      Continue with GitHub
                    </Button>
                  </form>
                ) : null}
                {google ? (
                  <form action={signInWithGoogle}>
                    <Button type="submit" variant="secondary" className="w-full">
                      Continue with Google
                    </Button>
                  </form>
                ) : null}
              </div>
            </>
          ) : null}

          <p className="mt-6 text-sm text-slate-600">
            We use your address to sign you in and to send booking reminders. Nothing else.
          </p>
        </section>

        {hasDemo ? (
          <section aria-labelledby="demo-heading">
            <h2 id="demo-heading" className="text-xl font-bold">
              Try it as a demo user
            </h2>
            <p className="mt-1 text-slate-700">
              Demo mode is on, so you can skip the e-mail and look around as one of these people. Pick anyone: a
              candidate to book practice, an interviewer to see the other side.
            </p>
            <DemoUserList users={demoUsers} next={next} />
          </section>
        ) : null}
      </div>
    </main>
  );
}
