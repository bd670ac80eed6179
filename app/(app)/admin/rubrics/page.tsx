import type { Metadata } from "next";
import { requestLocale } from "@/app/_server/request-locale";
import Link from "next/link";
import { requireAdminUser } from "@/app/_server/current-user";
import { formatDay } from "@/components/questions/question-display";
import { ADMIN_CELL, AdminTable } from "@/components/admin/admin-table";
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
  const locale = await requestLocale();
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
          Each interview type has one rubric: the competencies interviewers score from {SCORE_MIN} to {SCORE_MAX}.
          Editing one publishes a new version; interviews already booked keep theirs.
        </p>

        {published?.rubric ? (
          <p role="status" className="mt-4 rounded-md bg-emerald-50 px-4 py-3 text-emerald-900 ring-1 ring-emerald-200">
            Published version {published.rubric.version} of the {published.type.name} rubric. New bookings use it from
            now on.
          </p>
        ) : null}

        <AdminTable
          caption="Current rubric per interview type"
          columns={[
            { label: "Interview type" },
            { label: "Version" },
            { label: "Title", className: "hidden sm:table-cell" },
            { label: "Published", className: "hidden md:table-cell" },
            { label: <span className="sr-only">Actions</span>, className: "text-right" },
          ]}
        >
          {rows.map(({ type, rubric }) => (
            <tr key={type.slug}>
              <th scope="row" className={`${ADMIN_CELL} font-semibold text-slate-900`}>
                {type.name}
                {rubric ? <span className="block font-normal text-slate-600 sm:hidden">{rubric.title}</span> : null}
              </th>
              <td className={ADMIN_CELL}>
                {rubric ? `Version ${rubric.version}` : <span className="text-amber-800">No rubric yet</span>}
              </td>
              <td className={`hidden ${ADMIN_CELL} text-slate-700 sm:table-cell`}>
                {rubric ? `${rubric.title} · ${rubric.competencies.length} competencies` : "—"}
              </td>
              <td className={`hidden ${ADMIN_CELL} whitespace-nowrap text-slate-700 md:table-cell`}>
                {rubric ? (
                  <time dateTime={rubric.createdAt.toISOString()}>{formatDay(rubric.createdAt, timeZone, locale)}</time>
                ) : (
                  "—"
                )}
              </td>
              <td className={`${ADMIN_CELL} text-right`}>
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
        </AdminTable>
      </section>
    </div>
  );
}
