import type { Metadata } from "next";
import { requestLocale } from "@/app/_server/request-locale";
import { requireAdminUser } from "@/app/_server/current-user";
import { ADMIN_CELL, AdminTable } from "@/components/admin/admin-table";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { jobQueueStats, type JobQueueStats } from "@/lib/jobs/queue-stats";
import { dateTimeFormat } from "@/lib/dates/date-time-format";

export const metadata: Metadata = { title: "Jobs · Admin" };
export const dynamic = "force-dynamic";

export default async function AdminJobsPage() {
  const admin = await requireAdminUser();
  const { worker, queues, failures } = await jobQueueStats(admin);
  const zone = admin.timeZone ?? "UTC";
  const locale = await requestLocale();
  const when = (iso: string | null) =>
    iso
      ? dateTimeFormat(locale, { dateStyle: "medium", timeStyle: "short", timeZone: zone }).format(new Date(iso))
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
          E-mails, invites and reminders are sent by the job worker. Waiting jobs are due now; scheduled ones are for
          later (reminders). Failed jobs are retried with backoff before they count as failed. Finished jobs are kept
          for two weeks.
        </p>
        <WorkerBanner worker={worker} when={when} />
        <AdminTable
          caption="Jobs per queue"
          tableClassName="min-w-[40rem]"
          columns={[
            { label: "Queue" },
            ...["Waiting", "Oldest waiting", "Running", "Retrying", "Failed", "Scheduled", "Done"].map((label) => ({
              label,
              className: "text-right",
            })),
          ]}
        >
          {queues.map((q) => (
            <tr key={q.name}>
              <th scope="row" className={`${ADMIN_CELL} font-mono font-normal`}>
                {q.name}
              </th>
              <td className={`${ADMIN_CELL} text-right`}>{q.waiting}</td>
              <td className={`${ADMIN_CELL} text-right`}>{age(q.oldestWaitingSeconds)}</td>
              <td className={`${ADMIN_CELL} text-right`}>{q.running}</td>
              <td className={`${ADMIN_CELL} text-right`}>{q.retrying}</td>
              <td className={`${ADMIN_CELL} text-right ${q.failed ? "font-semibold text-red-800" : ""}`}>{q.failed}</td>
              <td className={`${ADMIN_CELL} text-right`}>{q.scheduled}</td>
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
          <p className="mt-2 text-slate-700">No failed jobs.</p>
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

/** "12 s", "4 min", "3 h": how long the oldest due job has waited. */
function age(seconds: number | null): string {
  if (seconds === null) return "—";
  if (seconds < 120) return `${Math.floor(seconds)} s`;
  if (seconds < 7_200) return `${Math.floor(seconds / 60)} min`;
  return `${Math.floor(seconds / 3_600)} h`;
}

function WorkerBanner({ worker, when }: { worker: JobQueueStats["worker"]; when: (iso: string | null) => string }) {
  if (worker.state === "not-running") {
    return (
      <p role="status" className="mt-4 rounded-md bg-red-50 p-3 text-sm text-red-900 ring-1 ring-red-200">
        <strong>The job worker is not running.</strong> No e-mail, invite or reminder goes out until it is started again
        (<code>npm start</code> restarts it; elsewhere run <code>tsx scripts/worker.ts</code>).{" "}
        {worker.lastSeenAt ? `Last heard from ${when(worker.lastSeenAt.toISOString())}.` : "It has never run here."}
      </p>
    );
  }
  if (worker.state === "behind") {
    return (
      <p role="status" className="mt-4 rounded-md bg-amber-50 p-3 text-sm text-amber-900 ring-1 ring-amber-200">
        <strong>The job worker is behind:</strong> some jobs have waited more than a few seconds (see Oldest waiting).
        E-mails go out late until it catches up; another worker process would share the load.
      </p>
    );
  }
  return (
    <p role="status" className="mt-4 text-sm text-slate-700">
      The job worker is running ({worker.live} {worker.live === 1 ? "process" : "processes"}) and keeping up.
    </p>
  );
}
