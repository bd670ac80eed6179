"use client";

/** Errors after a failed submit, listed at the top of the form and focused so they are read out. */
export function ErrorSummary({ id, messages, detail }: { id: string; messages: string[]; detail: string | null }) {
  if (messages.length === 0 && !detail) return null;
  return (
    <div
      id={id}
      tabIndex={-1}
      role="alert"
      className="rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-200"
    >
      <p className="font-semibold">{detail ?? "Some answers need another look before you submit."}</p>
      {messages.length ? (
        <ul className="mt-1 list-disc pl-5">
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
