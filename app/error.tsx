"use client";

import { useRouter } from "next/navigation";
import { startTransition, useEffect, useState } from "react";

type Cause = "checking" | "database-down" | "database-read-only" | "bug";

const RECHECK_MS = 2_000;

/**
 * In production the browser gets no error message, only a digest, so this page asks health
 * why the render failed. While the database is away (issue #21) it says so and tries again
 * by itself, re-rendering the page once health answers 200; any other failure is a bug.
 */
export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const router = useRouter();
  const [cause, setCause] = useState<Cause>("checking");

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let cancelled = false;
    let wasDown = false;
    async function check() {
      const health: { status: number; body: { status?: string } } = await fetch("/api/v1/health", { cache: "no-store" })
        .then(async (r) => ({ status: r.status, body: (await r.json().catch(() => ({}))) as { status?: string } }))
        .catch(() => ({ status: 0, body: {} }));
      if (cancelled) return;
      if (health.status === 200) {
        if (!wasDown) return setCause("bug");
        // The database is back: render the page again instead of asking the person to.
        return startTransition(() => {
          router.refresh();
          reset();
        });
      }
      wasDown = true;
      setCause(health.body.status === "degraded" ? "database-read-only" : "database-down");
      timer = setTimeout(() => void check(), RECHECK_MS);
    }
    void check();
    return () => {
      cancelled = true;
      clearTimeout(timer);
    };
  }, [router, reset]);

  if (cause === "database-down" || cause === "database-read-only") {
    return (
      <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
        <h1 className="text-2xl font-bold">
          {cause === "database-down" ? "MockLoop can't reach its database" : "MockLoop can't save anything right now"}
        </h1>
        <p role="status" className="mt-3 text-slate-700">
          Trying again… This page comes back by itself as soon as the database does.
        </p>
      </main>
    );
  }
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-2xl font-bold">Something went wrong on our side</h1>
      <p className="mt-3 text-slate-700">
        Nothing you entered was lost. Try again; if it keeps happening, quote reference {error.digest ?? "unknown"}.
      </p>
      <button type="button" onClick={reset} className="mt-6 rounded-md bg-brand-600 px-4 py-2 font-semibold text-white">
        Try again
      </button>
    </main>
  );
}
