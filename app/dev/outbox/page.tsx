import type { Metadata } from "next";
import { requestLocale } from "@/app/_server/request-locale";
import { cookies } from "next/headers";
import Link from "next/link";
import { notFound } from "next/navigation";
import { Fragment } from "react";
import { currentUser } from "@/app/_server/current-user";
import { Button } from "@/components/ui/button";
import { cn } from "@/components/ui/cn";
import { isDemoMode } from "@/lib/auth/demo-mode";
import { listOutbox, OUTBOX_PAGE_SIZE, type OutboxEmail } from "@/lib/email/list-outbox";
import { addressesFromOutboxCookie, OUTBOX_COOKIE } from "@/lib/email/outbox-readers";
import { env } from "@/lib/env";
import { dateTimeFormat } from "@/lib/dates/date-time-format";
import { clockOptions } from "@/lib/dates/viewer-time";

export const metadata: Metadata = { title: "Demo outbox", robots: { index: false } };

const STATUS_STYLE: Record<OutboxEmail["status"], string> = {
  LOGGED: "bg-slate-100 text-slate-800",
  PENDING: "bg-amber-100 text-amber-900",
  SENT: "bg-green-100 text-green-900",
  FAILED: "bg-red-100 text-red-900",
};

const STATUS_LABEL: Record<OutboxEmail["status"], string> = {
  LOGGED: "Logged (no mail server)",
  PENDING: "Sending",
  SENT: "Sent",
  FAILED: "Failed",
};

const URL_PATTERN = /(https?:\/\/[^\s<>"']+)/g;

/** Plain text with its links made clickable (React escapes the rest). */
function LinkifiedText({ text }: { text: string }) {
  return (
    <>
      {text.split(URL_PATTERN).map((part, i) =>
        i % 2 === 1 ? (
          <a key={i} href={part} className="font-semibold text-brand-700 underline">
            {part}
          </a>
        ) : (
          <Fragment key={i}>{part}</Fragment>
        ),
      )}
    </>
  );
}

export default async function OutboxPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { to: rawTo } = await searchParams;
  // The outbox holds working sign-in links: it exists only in demo mode.
  if (!isDemoMode(env())) notFound();
  const to = typeof rawTo === "string" && rawTo.trim() ? rawTo.trim() : undefined;
  const viewer = await currentUser();
  const requestedAddresses = addressesFromOutboxCookie((await cookies()).get(OUTBOX_COOKIE)?.value);
  const emails = await listOutbox({ caller: viewer, requestedAddresses }, { to });
  const timeZone = viewer?.timeZone ?? "UTC";
  const locale = await requestLocale();
  const formatTime = dateTimeFormat(locale, {
    day: "numeric",
    month: "short",
    year: "numeric",
    ...clockOptions(locale),
    second: "2-digit",
    timeZone,
    timeZoneName: "short",
  });

  return (
    <main id="main" className="mx-auto max-w-3xl px-4 py-8 sm:py-12">
      <Link href="/" className="text-lg font-bold text-brand-700">
        MockLoop
      </Link>
      <h1 className="mt-6 text-2xl font-bold sm:text-3xl">Demo outbox</h1>
      <p className="mt-2 text-slate-700">
        In demo mode MockLoop has no mail server, so every e-mail it sends lands here instead. Newest first; the last{" "}
        {OUTBOX_PAGE_SIZE} are shown. Times are in {timeZone}.
      </p>
      <p className="mt-2 text-slate-700">
        {viewer?.role === "ADMIN"
          ? "You're an admin, so you see everyone's e-mails."
          : "You see only e-mails to you: to the addresses this browser asked a sign-in link for, and to your own address when you're signed in."}
      </p>

      <form method="get" className="mt-6 flex flex-col gap-2 sm:flex-row sm:items-end">
        <div className="flex-1">
          <label htmlFor="outbox-to" className="block text-sm font-semibold">
            Show e-mails to
          </label>
          <input
            id="outbox-to"
            name="to"
            type="email"
            defaultValue={to ?? ""}
            placeholder="name@example.com"
            autoComplete="email"
            className="mt-1 block min-h-11 w-full rounded-md border border-slate-300 bg-white px-3 py-2"
          />
        </div>
        <Button type="submit" variant="secondary">
          Filter
        </Button>
        {to ? (
          <Button asChild variant="ghost">
            <Link href="/dev/outbox">Show all</Link>
          </Button>
        ) : null}
      </form>

      {emails.length === 0 ? (
        <div className="mt-8 rounded-lg bg-white p-6 text-center shadow-sm ring-1 ring-slate-200">
          <h2 className="text-lg font-semibold">{to ? `No e-mails to ${to} yet` : "No e-mails yet"}</h2>
          <p className="mt-2 text-slate-700">
            Ask for a sign-in link and it will show up here within a second or two. Reload this page to check.
          </p>
          <Link href="/sign-in" className="mt-4 inline-block font-semibold text-brand-700 underline">
            Go to sign-in
          </Link>
        </div>
      ) : (
        <ol className="mt-8 space-y-4" aria-label="E-mails, newest first">
          {emails.map((email) => (
            <li key={email.id}>
              <article
                aria-labelledby={`email-${email.id}`}
                className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5"
              >
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 id={`email-${email.id}`} className="text-lg font-semibold">
                    {email.subject}
                  </h2>
                  <span className={cn("rounded-full px-2.5 py-0.5 text-xs font-semibold", STATUS_STYLE[email.status])}>
                    {STATUS_LABEL[email.status]}
                  </span>
                </div>
                <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                  <dt className="text-slate-600">To</dt>
                  <dd className="break-all">{email.toAddress}</dd>
                  <dt className="text-slate-600">Time</dt>
                  <dd>
                    <time dateTime={email.createdAt.toISOString()}>{formatTime.format(email.createdAt)}</time>
                  </dd>
                  {email.ics ? (
                    <>
                      <dt className="text-slate-600">Invite</dt>
                      <dd>
                        Calendar invite attached ({/METHOD:CANCEL/.test(email.ics) ? "cancellation" : "invitation"}){" "}
                        <details className="inline">
                          <summary className="cursor-pointer text-brand-700 underline">show .ics</summary>
                          <pre className="mt-2 overflow-x-auto rounded bg-slate-50 p-2 text-xs">{email.ics}</pre>
                        </details>
                      </dd>
                    </>
                  ) : null}
                  {email.error ? (
                    <>
                      <dt className="text-slate-600">Error</dt>
                      <dd className="text-red-800">{email.error}</dd>
                    </>
                  ) : null}
                </dl>
                <pre className="mt-3 overflow-x-auto rounded-md bg-slate-50 p-3 font-sans text-sm break-all whitespace-pre-wrap text-slate-800 ring-1 ring-slate-200">
                  <LinkifiedText text={email.textBody} />
                </pre>
              </article>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
