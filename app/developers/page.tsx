import type { Metadata } from "next";
import { API_OPERATIONS } from "@/lib/api/api-operations";

export const metadata: Metadata = { title: "API reference" };

const METHOD_TONE: Record<string, string> = {
  get: "bg-sky-100 text-sky-950",
  post: "bg-emerald-100 text-emerald-950",
  put: "bg-amber-100 text-amber-950",
  patch: "bg-amber-100 text-amber-950",
  delete: "bg-red-100 text-red-950",
};

/** A readable index of /api/v1, from the same list the OpenAPI document is built from. */
export default function ApiReferencePage() {
  const tags = [...new Set(API_OPERATIONS.map((op) => op.tag))];
  return (
    <main className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-2xl font-bold">MockLoop API</h1>
      <p className="mt-2 max-w-prose text-slate-700">
        Everything the app does is also a JSON API under <code>/api/v1</code>: your own scripts, a calendar bot or a
        reminder can use it. Authenticate with a personal API token from Settings (<code>Authorization: Bearer …</code>
        ). Errors are RFC 9457 <code>application/problem+json</code>, with field errors on a 400. The machine-readable
        contract, with the JSON Schema of every request and answer, is the{" "}
        <a href="/api/v1/openapi.json" className="font-semibold text-brand-700 underline">
          OpenAPI 3.1 document
        </a>
        .
      </p>
      {tags.map((tag) => (
        <section key={tag} aria-labelledby={`tag-${tag}`} className="mt-8">
          <h2 id={`tag-${tag}`} className="text-lg font-semibold">
            {tag}
          </h2>
          <ul className="mt-2 divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
            {API_OPERATIONS.filter((op) => op.tag === tag).map((op) => (
              <li key={`${op.method} ${op.path}`} className="flex flex-wrap items-baseline gap-x-3 gap-y-1 px-4 py-3">
                <span
                  className={`w-16 rounded px-2 text-center font-mono text-xs font-semibold uppercase ${METHOD_TONE[op.method]}`}
                >
                  {op.method}
                </span>
                <code className="text-sm [overflow-wrap:anywhere]">/api/v1{op.path}</code>
                <span className="text-sm text-slate-700">
                  {op.summary}
                  {op.public ? " · no sign-in needed" : ""}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </main>
  );
}
