import type { Metadata } from "next";
import Link from "next/link";
import { requireAdminUser } from "@/app/_server/current-user";
import { formatDay } from "@/components/questions/question-display";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";
import { listCurrentRubrics } from "@/lib/rubrics/rubrics";
import { SCORE_MAX, SCORE_MIN } from "@/lib/rubrics/score-scale";

export const metadata: Metadata = { title: "Rubrics · Admin" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function AdminRubricsPage({ searchParams }: { searchParams: SearchParams }) {
  const admin = await requireAdminUser();
  const [types, rubrics, params] = await Promise.all([listInterviewTypes(), listCurrentRubrics(), searchParams]);
  const timeZone = admin.timeZone ?? "UTC";
  const rows = types.map((type) => ({ type, rubric: rubrics.find((r) => r.interviewType.slug === type.slug) ?? null }));
  const published = rows.find((r) => r.type.slug === params.published && r.rubric);

  return (
    <div>
      <h1 className="text-2xl font-bold">Admin</h1>
      <AdminTabs current="/admin/rubrics" />

      <section aria-labelledby="rubrics-heading" className="mt-6">
        <h2 id="rubrics-heading" className="text-lg font-semibold">
          Rubrics
        </h2>
        <p className="mt-1 max-w-prose text-sm text-slate-700">
          Each interview type has one rubric: the competencies interviewers score from {SCORE_MIN} to {SCORE_MAX}. Editing one publishes a
          new version; interviews already booked keep theirs.
        </p>

        {published?.rubric ? (
          <p role="status" className="mt-4 rounded-md bg-emerald-50 px-4 py-3 text-emerald-900 ring-1 ring-emerald-200">
            Published version {published.rubric.version} of the {published.type.name} rubric. New bookings use it from
            now on.
          </p>
        ) : null}

        <div className="mt-4 overflow-hidden rounded-lg bg-white shadow-sm ring-1 ring-slate-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Current rubric per interview type</caption>
            <thead className="bg-slate-50 text-xs font-semibold tracking-wide text-slate-600 uppercase">
              <tr>
                <th scope="col" className="px-3 py-3 sm:px-4">
                  Interview type
                </th>
                <th scope="col" className="px-3 py-3 sm:px-4">
                  Version
                </th>
                <th scope="col" className="hidden px-3 py-3 sm:table-cell sm:px-4">
                  Title
                </th>
                <th scope="col" className="hidden px-3 py-3 md:table-cell sm:px-4">
                  Published
                </th>
                <th scope="col" className="px-3 py-3 text-right sm:px-4">
                  <span className="sr-only">Actions</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-200">
              {rows.map(({ type, rubric }) => (
                <tr key={type.slug}>
                  <th scope="row" className="px-3 py-3 font-semibold text-slate-900 sm:px-4">
                    {type.name}
                    {rubric ? <span className="block font-normal text-slate-600 sm:hidden">{rubric.title}</span> : null}
                  </th>
                  <td className="px-3 py-3 sm:px-4">
                    {rubric ? `Version ${rubric.version}` : <span className="text-amber-800">No rubric yet</span>}
                  </td>
                  <td className="hidden px-3 py-3 text-slate-700 sm:table-cell sm:px-4">
                    {rubric ? `${rubric.title} · ${rubric.competencies.length} competencies` : "—"}
                  </td>
                  <td className="hidden px-3 py-3 whitespace-nowrap text-slate-700 md:table-cell sm:px-4">
                    {rubric ? (
                      <time dateTime={rubric.createdAt.toISOString()}>{formatDay(rubric.createdAt, timeZone)}</time>
                    ) : (
                      "—"
                    )}
                  </td>
                  <td className="px-3 py-3 text-right sm:px-4">
                    <Link
                      href={`/admin/rubrics/${encodeURIComponent(type.slug)}`}
                      aria-label={`${rubric ? "Edit" : "Write"} the ${type.name} rubric`}
                      className="font-semibold text-brand-700 underline"
                    >
                      {rubric ? "Edit" : "Write one"}
                    </Link>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </div>
  );
}
