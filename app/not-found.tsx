import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-20 text-center">
      <h1 className="text-2xl font-bold">We couldn&apos;t find that page</h1>
      <p className="mt-3 text-slate-700">It may have moved, or it isn&apos;t yours to see.</p>
      <Link href="/" className="mt-6 inline-block font-semibold text-brand-700 underline">
        Go to the start page
      </Link>
    </main>
  );
}
