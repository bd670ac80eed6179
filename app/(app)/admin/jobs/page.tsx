import type { Metadata } from "next";
import { requireAdminUser } from "@/app/_server/current-user";
import { ADMIN_CELL, AdminTable } from "@/components/admin/admin-table";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { jobQueueStats } from "@/lib/jobs/queue-stats";
import { dateTimeFormat } from "@/lib/dates/date-time-format";

export const metadata: Metadata = { title: "Jobs · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminJobsPage() {
  const admin = await requireAdminUser();
  const { queues, failures } = await jobQueueStats(admin);
  const zone = admin.timeZone ?? "UTC";
  const when = (iso: string | null) =>
    iso
      ? dateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(new Date(iso))
      : "—";
  return (
    <div>
      <h1 className="text-2xl font-bold">Admin</h1>
      <AdminTabs current="/admin/jobs" />
      <section aria-labelledby="queues-heading" className="mt-6">
        <h2 id="queues-heading" className="text-lg font-semibold">
          Job queues
        </h2>
        <p className="mt-1 text-sm text-slate-700">
          E-mails, invites and reminders are sent by the job worker. Failed jobs are retried with backoff before they
          count as failed. Finished jobs are kept for two weeks.
        </p>
        <AdminTable
          caption="Jobs per queue"
          tableClassName="min-w-[32rem]"
          columns={[
            { label: "Queue" },
            { label: "Queued", className: "text-right" },
            { label: "Running", className: "text-right" },
            { label: "Failed", className: "text-right" },
            { label: "Done", className: "text-right" },
          ]}
        >
          {queues.map((q) => (
            <tr key={q.name}>
              <th scope="row" className={`${ADMIN_CELL} font-mono font-normal`}>
                {q.name}
              </th>
              <td className={`${ADMIN_CELL} text-right`}>{q.queued}</td>
              <td className={`${ADMIN_CELL} text-right`}>{q.active}</td>
              <td className={`${ADMIN_CELL} text-right ${q.failed ? "font-semibold text-red-800" : ""}`}>{q.failed}</td>
              <td className={`${ADMIN_CELL} text-right`}>{q.done}</td>
            </tr>
          ))}
        </AdminTable>
      </section>
      <section aria-labelledby="failures-heading" className="mt-8">
        <h2 id="failures-heading" className="text-lg font-semibold">
          Last errors <span className="text-sm font-normal text-slate-600">(times in {zone})</span>
        </h2>
        {failures.length === 0 ? (
          <p className="mt-2 text-slate-700">No failed jobs. Everything the worker was given went out.</p>
        ) : (
          <ul className="mt-3 space-y-3">
            {failures.map((f) => (
              <li key={f.id} className="rounded-md bg-white p-3 ring-1 ring-red-200">
                <p className="text-sm">
                  <span className="font-mono">{f.queue}</span> · failed {when(f.failedAt)} after {f.retries} retries
                </p>
                <p className="mt-1 break-words font-mono text-sm text-red-800">{f.error}</p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
