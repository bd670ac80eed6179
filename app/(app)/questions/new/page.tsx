import type { Metadata } from "next";
import Link from "next/link";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { ProposeQuestionForm } from "@/components/questions/propose-question-form";
import type { TypeChoice } from "@/components/questions/question-draft";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";
import { listCurrentRubrics } from "@/lib/rubrics/rubrics";

export const metadata: Metadata = { title: "Propose a question" };

export default async function NewQuestionPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const caller = await requireOnboardedUser();
  const [types, rubrics, params] = await Promise.all([listInterviewTypes(), listCurrentRubrics(), searchParams]);
  const choices: TypeChoice[] = types.map((t) => ({
    slug: t.slug,
    name: t.name,
    competencies:
      rubrics
        .find((r) => r.interviewType.slug === t.slug)
        ?.competencies.map((c) => ({ key: c.key, name: c.name, description: c.description })) ?? [],
  }));
  const wanted = typeof params.type === "string" ? params.type : undefined;

  return (
    <div className="max-w-3xl">
      <Link href="/questions" className="text-sm font-semibold text-brand-700 underline">
        <span aria-hidden="true">← </span>Question bank
      </Link>
      <h1 className="mt-3 text-2xl font-bold">Propose a question</h1>
      <p className="mt-1 max-w-prose text-slate-700">
        Share a question you were asked, or one you ask as an interviewer. Write it the way it&apos;s asked out loud,
        and tell the interviewer what a strong answer looks like. It takes about ten minutes.
      </p>
      <div className="mt-6">
        <ProposeQuestionForm
          types={choices}
          initialType={choices.some((c) => c.slug === wanted) ? wanted : undefined}
          isAdmin={caller.role === "ADMIN"}
        />
      </div>
    </div>
  );
}
