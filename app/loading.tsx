export default function Loading() {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-12" aria-busy="true">
      <p role="status" className="text-slate-600">
        Loading…
      </p>
    </main>
  );
}
