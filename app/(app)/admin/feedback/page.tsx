import type { Metadata } from "next";
import { requestLocale } from "@/app/_server/request-locale";
import { requireAdminUser } from "@/app/_server/current-user";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { ReportResolveActions } from "@/components/admin/report-resolve-actions";
import { FeedbackView } from "@/components/feedback/feedback-view";
import { listFeedbackReports } from "@/lib/feedback/feedback-reports";
import { dateTimeFormat } from "@/lib/dates/date-time-format";

export const metadata: Metadata = { title: "Reported feedback · Admin" };
export const dynamic = "force-dynamic";

const name = (p: { name: string | null }) => p.name ?? "Deleted user";

export default async function AdminFeedbackPage() {
  const admin = await requireAdminUser();
  const reports = await listFeedbackReports(admin);
  const zone = admin.timeZone ?? "UTC";
  const locale = await requestLocale();
  const when = (iso: string) =>
    dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(new Date(iso));
  return (
    <div>
      <h1 className="text-2xl font-bold">Admin</h1>
      <AdminTabs current="/admin/feedback" />
      <section aria-labelledby="reports-heading" className="mt-6">
        <h2 id="reports-heading" className="text-lg font-semibold">
          Reported feedback{" "}
          <span className="text-sm font-normal text-slate-600">
            ({reports.length} open, oldest first, times in {zone})
          </span>
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          Admins see feedback only when someone reports it. Hide it if it is abusive, discriminatory or not about the
          interview; otherwise dismiss the report.
        </p>
        {reports.length === 0 ? (
          <p className="mt-4 rounded-lg bg-white p-6 text-center text-slate-700 shadow-sm ring-1 ring-slate-200">
            No open reports. Nothing needs you here.
          </p>
        ) : (
          <ol className="mt-4 space-y-4">
            {reports.map((r) => {
              const label = `${name(r.feedback.author)} on ${name(r.feedback.subject)}`;
              return (
                <li key={r.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
                  <h3 className="font-semibold">
                    {r.feedback.interviewType.name}: feedback from {label}
                  </h3>
                  <p className="text-sm text-slate-600">
                    {r.feedback.direction === "INTERVIEWER_TO_CANDIDATE"
                      ? "Interviewer → candidate"
                      : "Candidate → interviewer"}{" "}
                    · interview {when(r.feedback.startsAt)}
                    {r.feedback.hidden ? " · already hidden" : ""}
                  </p>
                  <div className="mt-3 rounded-md bg-amber-50 p-3 text-sm ring-1 ring-amber-200">
                    <p className="font-semibold">
                      Reported by {name(r.reporter)} on {when(r.createdAt)}
                    </p>
                    <p className="mt-1 break-words whitespace-pre-line">{r.reason}</p>
                  </div>
                  <div className="mt-3">
                    {r.feedback.content ? (
                      <FeedbackView content={r.feedback.content} rubric={null} />
                    ) : (
                      <p className="text-sm text-slate-700">The feedback has no content to show.</p>
                    )}
                  </div>
                  <ReportResolveActions reportId={r.id} label={label} />
                </li>
              );
            })}
          </ol>
        )}
      </section>
    </div>
  );
}
