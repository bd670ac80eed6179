import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { requireAdminUser } from "@/app/_server/current-user";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { RubricEditor } from "@/components/rubrics/rubric-editor";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";
import { getCurrentRubric } from "@/lib/rubrics/rubrics";

type Params = { params: Promise<{ type: string }> };

export const metadata: Metadata = { title: "Edit rubric · Admin" };

export default async function AdminRubricPage({ params }: Params) {
  await requireAdminUser();
  const slug = (await params).type;
  const [types, rubric] = await Promise.all([listInterviewTypes(), getCurrentRubric(slug)]);
  const type = types.find((t) => t.slug === slug);
  if (!type) notFound();

  return (
    <div>
      <h1 className="text-2xl font-bold">Admin</h1>
      <AdminTabs current="/admin/rubrics" />

      <div className="mt-6">
        <Link href="/admin/rubrics" className="text-sm font-semibold text-brand-700 underline">
          <span aria-hidden="true">← </span>All rubrics
        </Link>
        <h2 className="mt-2 text-xl font-semibold">{type.name} rubric</h2>
        <p className="mt-1 max-w-prose text-sm text-slate-700">
          {rubric
            ? `You're editing a copy of version ${rubric.version}. Describe what the candidate says or does at each score, so interviewers can point to evidence.`
            : "This type has no rubric yet. Describe what the candidate says or does at each score, so interviewers can point to evidence."}
        </p>
      </div>

      <div className="mt-4">
        <RubricEditor
          key={rubric?.id ?? "new"}
          type={{ slug: type.slug, name: type.name }}
          current={
            rubric
              ? {
                  title: rubric.title,
                  levelBars: rubric.levelBars,
                  version: rubric.version,
                  competencies: rubric.competencies,
                }
              : null
          }
        />
      </div>
    </div>
  );
}
