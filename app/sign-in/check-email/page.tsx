import type { Metadata } from "next";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { isDemoMode } from "@/lib/auth/demo-mode";
import { env } from "@/lib/env";

export const metadata: Metadata = { title: "Check your inbox" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function CheckEmailPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).email;
  const email = (Array.isArray(raw) ? raw[0] : raw)?.trim() || null;
  const demo = isDemoMode(env());
  const again = email ? `/sign-in?email=${encodeURIComponent(email)}` : "/sign-in";

  return (
    <main id="main" className="mx-auto max-w-md px-4 py-8 sm:py-12">
      <Link href="/" className="text-lg font-bold text-brand-700">
        MockLoop
      </Link>
      <section
        aria-labelledby="check-heading"
        className="mt-6 rounded-xl bg-white p-6 shadow-sm ring-1 ring-slate-200 sm:p-8"
      >
        <h1 id="check-heading" className="text-2xl font-bold tracking-tight sm:text-3xl">
          Check your inbox
        </h1>
        <p className="mt-3 text-slate-700">
          We sent a sign-in link to{" "}
          {email ? <strong className="break-all text-slate-900">{email}</strong> : "your e-mail address"}. Open it on
          this device to sign in. It works once and lasts 30 minutes.
        </p>

        {demo ? (
          <div className="mt-5 rounded-md bg-brand-50 p-4 ring-1 ring-brand-100">
            <p className="text-sm text-brand-900">
              Demo mode: no e-mail actually leaves this server. Your link is waiting in the demo outbox.
            </p>
            <Button asChild className="mt-3 w-full">
              <Link href={email ? `/dev/outbox?to=${encodeURIComponent(email)}` : "/dev/outbox"}>
                Open the demo outbox
              </Link>
            </Button>
          </div>
        ) : null}

        <h2 className="mt-6 font-semibold">Nothing arrived?</h2>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-slate-700">
          <li>Give it a minute, then look in your spam or promotions folder.</li>
          <li>Search your mail for &ldquo;MockLoop sign-in link&rdquo;.</li>
          <li>
            Check the address is right. If it isn&apos;t,{" "}
            <Link href="/sign-in" className="font-semibold text-brand-700 underline">
              use a different address
            </Link>
            .
          </li>
        </ul>
        <Button asChild variant="secondary" className="mt-6 w-full">
          <Link href={again}>Send a new link</Link>
        </Button>
      </section>
    </main>
  );
}
