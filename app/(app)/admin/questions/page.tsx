import type { Metadata } from "next";
import { requestLocale } from "@/app/_server/request-locale";
import Link from "next/link";
import { requireAdminUser } from "@/app/_server/current-user";
import { Markdown } from "@/components/markdown";
import { ModerationActions } from "@/components/questions/moderation-actions";
import { ModerationStatusProvider } from "@/components/questions/moderation-status";
import {
  Chips,
  DifficultyBadge,
  formatDay,
  plainPreview,
  STATUS_LABEL,
  StatusBadge,
} from "@/components/questions/question-display";
import { draftFromQuestion, type TypeChoice } from "@/components/questions/question-draft";
import { Pagination } from "@/components/questions/question-results";
import { parseQuestionSearch, searchHref, type SearchParams } from "@/components/questions/question-search-params";
import { AdminTabs } from "@/components/admin/admin-tabs";
import { LinkTabs } from "@/components/ui/link-tabs";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";
import { getQuestions } from "@/lib/questions/get-question";
import { searchQuestions } from "@/lib/questions/search-questions";
import { listCurrentRubrics } from "@/lib/rubrics/rubrics";

export const metadata: Metadata = { title: "Questions · Admin" };

const BASE = "/admin/questions";
const STATUSES = ["PENDING", "APPROVED", "REJECTED", "RETIRED"] as const;
const PAGE_SIZE = 10;

const EMPTY: Record<(typeof STATUSES)[number], string> = {
  PENDING: "Nothing waiting for review. New proposals show up here.",
  APPROVED: "No approved questions yet.",
  REJECTED: "No rejected questions.",
  RETIRED: "No retired questions.",
};

export default async function AdminQuestionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const admin = await requireAdminUser();
  const parsed = parseQuestionSearch(await searchParams, { statuses: [...STATUSES] });
  const status = parsed.status && parsed.status !== "MINE" ? parsed.status : "PENDING";
  const search = { page: parsed.page, pageSize: PAGE_SIZE, status };

  const [result, counts, types, rubrics] = await Promise.all([
    searchQuestions(admin, search),
    Promise.all(STATUSES.map(async (s) => (await searchQuestions(admin, { status: s, page: 1, pageSize: 1 })).total)),
    listInterviewTypes(),
    listCurrentRubrics(),
  ]);
  // The listing leaves out guides and rejection reasons; the queue needs both.
  const questions = await getQuestions(
    admin,
    result.questions.map((q) => q.id),
  );
  const choices: TypeChoice[] = types.map((t) => ({
    slug: t.slug,
    name: t.name,
    competencies:
      rubrics
        .find((r) => r.interviewType.slug === t.slug)
        ?.competencies.map((c) => ({ key: c.key, name: c.name, description: c.description })) ?? [],
  }));
  const competencyName = new Map(rubrics.flatMap((r) => r.competencies.map((c) => [c.key, c.name] as const)));
  const timeZone = admin.timeZone ?? "UTC";
  const locale = await requestLocale();

  return (
    <div>
      <h1 className="text-2xl font-bold">Admin</h1>
      <AdminTabs current="/admin/questions" />

      <section aria-labelledby="moderation-heading" className="mt-6">
        <div className="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
          <div>
            <h2 id="moderation-heading" className="text-lg font-semibold">
              Question bank
            </h2>
            <p className="mt-1 max-w-prose text-sm text-slate-700">
              Proposals wait here until you approve them. Check the prompt reads well out loud and the guide tells an
              interviewer what a strong answer covers.
            </p>
          </div>
          <Link href="/questions/new" className="text-sm font-semibold text-brand-700 underline">
            Add a question
          </Link>
        </div>

        <LinkTabs
          label="Question status"
          tabs={STATUSES.map((s, i) => ({
            href: s === "PENDING" ? BASE : `${BASE}?status=${s}`,
            label: `${STATUS_LABEL[s]} (${counts[i]})`,
            current: s === status,
          }))}
        />

        <div className="mt-4">
          <ModerationStatusProvider>
            {questions.length === 0 ? (
              <p className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">
                {result.total > 0 ? (
                  <>
                    There&apos;s no page {result.page}.{" "}
                    <Link
                      href={searchHref(BASE, { status: status === "PENDING" ? undefined : status })}
                      className="font-semibold text-brand-700 underline"
                    >
                      Go to the first page
                    </Link>
                  </>
                ) : (
                  EMPTY[status]
                )}
              </p>
            ) : (
              <ol aria-label={`${STATUS_LABEL[status]} questions`} className="space-y-4">
                {questions.map((q) => (
                  <li key={q.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
                    <article aria-labelledby={`mod-${q.id}`}>
                      <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
                        <span>{q.interviewType.name}</span>
                        <DifficultyBadge difficulty={q.difficulty} />
                        <StatusBadge status={q.status} />
                      </div>
                      <h3 id={`mod-${q.id}`} className="mt-1 text-lg font-semibold">
                        <Link href={`/questions/${q.id}`} className="hover:text-brand-700 hover:underline">
                          {q.title}
                        </Link>
                      </h3>
                      <p className="text-sm text-slate-600">
                        Proposed by {q.author?.profile?.displayName ?? "a deleted account"} on{" "}
                        <time dateTime={new Date(q.createdAt).toISOString()}>
                          {formatDay(q.createdAt, timeZone, locale)}
                        </time>
                      </p>

                      <div className="mt-3 rounded-md bg-slate-50 p-3 text-sm text-slate-800 ring-1 ring-slate-200">
                        <p className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Prompt</p>
                        <div className="mt-1 max-h-48 overflow-y-auto">
                          <Markdown>{q.prompt}</Markdown>
                        </div>
                      </div>
                      {q.guide ? (
                        <details className="mt-2 rounded-md bg-slate-50 p-3 text-sm text-slate-800 ring-1 ring-slate-200">
                          <summary className="cursor-pointer">
                            <span className="text-xs font-semibold tracking-wide text-slate-600 uppercase">Guide</span>
                            <span className="mt-1 block text-slate-700">{plainPreview(q.guide, 200)}</span>
                            <span className="mt-1 block font-semibold text-brand-700">Read the whole guide</span>
                          </summary>
                          <div className="mt-3 border-t border-slate-200 pt-3">
                            <Markdown>{q.guide}</Markdown>
                          </div>
                        </details>
                      ) : null}

                      <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-[8rem_minmax(0,1fr)] sm:items-center">
                        {(
                          [
                            ["Tags", q.tags, "tag"],
                            ["Asked at", q.companies, "company"],
                            ["Competencies", q.competencyKeys.map((k) => competencyName.get(k) ?? k), "competency"],
                          ] as const
                        ).map(([label, items, tone]) => (
                          <div key={label} className="contents">
                            <dt className="text-xs font-semibold text-slate-600">{label}</dt>
                            <dd>
                              {items.length ? (
                                <Chips items={[...items]} label={label} tone={tone} />
                              ) : (
                                <span className="text-slate-500">None</span>
                              )}
                            </dd>
                          </div>
                        ))}
                      </dl>
                      {q.status === "REJECTED" && q.rejectionReason ? (
                        <p className="mt-3 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
                          <strong className="font-semibold">Reason given: </strong>
                          {q.rejectionReason}
                        </p>
                      ) : null}

                      {q.status !== "RETIRED" ? (
                        <ModerationActions
                          question={{ id: q.id, title: q.title, status: q.status }}
                          draft={draftFromQuestion(q)}
                          types={choices}
                        />
                      ) : null}
                    </article>
                  </li>
                ))}
              </ol>
            )}
          </ModerationStatusProvider>
        </div>

        <Pagination
          label="Pages of questions"
          page={result.page}
          pageCount={result.pageCount}
          hrefFor={(p) => searchHref(BASE, { status: status === "PENDING" ? undefined : status }, { page: p })}
        />
      </section>
    </div>
  );
}
