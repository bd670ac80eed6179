import { Panel } from "@/components/ui/panel";
import type { Metadata } from "next";
import { requireAdminUser } from "@/app/_server/current-user";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { InterviewTypeForm } from "@/components/admin/interview-type-form";
import { LivePanelsForm } from "@/components/admin/live-panels-form";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";
import { listTypePanels } from "@/lib/interview-types/live-panels";
import { defaultPanels } from "@/lib/live-room/panels";

export const metadata: Metadata = { title: "Interview types · Admin" };

export default async function AdminInterviewTypesPage() {
  await requireAdminUser();
  const [types, panels] = await Promise.all([listInterviewTypes(), listTypePanels()]);

  return (
    <div>
      <h1 className="text-2xl font-bold">Admin</h1>
      <AdminTabs current="/admin/interview-types" />

      <section aria-labelledby="types-heading" className="mt-6">
        <h2 id="types-heading" className="text-lg font-semibold">
          Interview types
        </h2>
        <p className="mt-1 max-w-prose text-sm text-slate-700">
          The kinds of mock interview people can choose as focus areas and book. Each one gets its own questions and
          rubric.
        </p>
        {types.length === 0 ? (
          <p className="mt-4 rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
            There are no interview types yet. Add the first one below.
          </p>
        ) : (
          <ul
            className="mt-4 divide-y divide-slate-200 rounded-lg bg-white shadow-sm ring-1 ring-slate-200"
            aria-label="Interview types"
          >
            {types.map((type) => (
              <li key={type.id} className="p-4">
                <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
                  <span className="font-semibold">{type.name}</span>
                  <code className="rounded bg-slate-100 px-1 font-mono text-xs text-slate-700">{type.slug}</code>
                  <span className="text-sm text-slate-600">{type.durationMinutes} min</span>
                </div>
                <p className="mt-1 text-sm text-slate-700">{type.description}</p>
                <LivePanelsForm
                  typeId={type.id}
                  typeName={type.name}
                  initial={panels.get(type.id)?.panels ?? defaultPanels(type.slug)}
                  isDefault={panels.get(type.id)?.isDefault ?? true}
                />
              </li>
            ))}
          </ul>
        )}
      </section>

      <Panel id="add-type-heading" title="Add an interview type" className="mt-8">
        <div className="mt-4">
          <InterviewTypeForm />
        </div>
      </Panel>
    </div>
  );
}
