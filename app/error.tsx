"use client";

export default function ErrorPage({ error, reset }: { error: Error & { digest?: string }; reset: () => void }) {
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
