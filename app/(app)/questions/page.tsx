import type { Metadata } from "next";
import Link from "next/link";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { QuestionFilters } from "@/components/questions/question-filters";
import { Pagination, QuestionResults } from "@/components/questions/question-results";
import {
  hasFilters,
  parseQuestionSearch,
  searchHref,
  type SearchParams,
} from "@/components/questions/question-search-params";
import { LinkTabs } from "@/components/ui/link-tabs";
import { Button } from "@/components/ui/button";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";
import { getQuestions } from "@/lib/questions/get-question";
import { searchQuestions } from "@/lib/questions/search-questions";
import { listCurrentRubrics } from "@/lib/rubrics/rubrics";

export const metadata: Metadata = { title: "Question bank" };

const BASE = "/questions";

export default async function QuestionsPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const caller = await requireOnboardedUser();
  const search = parseQuestionSearch(await searchParams, { statuses: ["MINE"] });
  const mine = search.status === "MINE";
  const [result, types, rubrics] = await Promise.all([
    searchQuestions(caller, search),
    listInterviewTypes(),
    listCurrentRubrics(),
  ]);
  // Listings leave out the rejection reason; the author may read it on each rejected proposal.
  const reasons = mine
    ? new Map(
        (
          await getQuestions(
            caller,
            result.questions.filter((q) => q.status === "REJECTED").map((q) => q.id),
          )
        ).map((q) => [q.id, q.rejectionReason] as const),
      )
    : new Map<string, string | null>();

  const filtered = hasFilters(search);
  const clearHref = filtered ? searchHref(BASE, { status: search.status }) : null;
  const { total, page, pageCount } = result;

  return (
    <div>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end sm:justify-between">
        <div>
          <h1 className="text-2xl font-bold">Question bank</h1>
          <p className="mt-1 max-w-prose text-slate-700">
            Real TPM interview questions. Every mock interview uses one from here, picked for what you still need to
            practise. Read them to prepare; the interviewer&apos;s guide opens after your interview.
          </p>
        </div>
        <Button asChild>
          <Link href="/questions/new">Propose a question</Link>
        </Button>
      </div>

      <LinkTabs
        label="Question views"
        tabs={[
          { href: BASE, label: "All questions", current: !mine },
          { href: `${BASE}?status=MINE`, label: "My proposals", current: mine },
        ]}
      />

      {/* Nothing to narrow down before someone's first proposal. */}
      <div className={mine && !filtered && total === 0 ? "hidden" : "mt-4"}>
        <QuestionFilters
          action={BASE}
          search={search}
          types={types}
          competencyGroups={rubrics.map((r) => ({
            typeSlug: r.interviewType.slug,
            typeName: r.interviewType.name,
            competencies: r.competencies.map((c) => ({ key: c.key, name: c.name })),
          }))}
          clearHref={clearHref}
        />
      </div>

      <section aria-labelledby="results-heading" className="mt-6">
        <h2 id="results-heading" className={mine && !filtered && total === 0 ? "sr-only" : "text-sm text-slate-700"}>
          {summary(total, search.q, filtered, mine)}
        </h2>
        <div className="mt-3">
          {result.questions.length === 0 ? (
            <EmptyState
              total={total}
              mine={mine}
              clearHref={clearHref}
              firstPage={searchHref(BASE, search)}
              page={page}
            />
          ) : (
            <QuestionResults
              label={mine ? "My proposals" : "Questions"}
              questions={result.questions.map((q) => ({ ...q, rejectionReason: reasons.get(q.id) ?? null }))}
              showStatus={mine}
              filterHref={(changes) => searchHref(BASE, { status: search.status }, changes)}
            />
          )}
        </div>
        <Pagination
          label={mine ? "Pages of my proposals" : "Pages of questions"}
          page={page}
          pageCount={pageCount}
          hrefFor={(p) => searchHref(BASE, search, { page: p })}
        />
      </section>
    </div>
  );
}

function summary(total: number, q: string | undefined, filtered: boolean, mine: boolean): string {
  const noun = total === 1 ? "question" : "questions";
  if (q) return `${total} ${noun} ${total === 1 ? "matches" : "match"} “${q}”${total > 1 ? ", best match first" : ""}.`;
  if (filtered) return `${total} ${noun} ${total === 1 ? "matches" : "match"} these filters.`;
  if (mine) return total === 0 ? "Your proposals" : `You've proposed ${total} ${noun}.`;
  return `${total} ${noun} in the bank.`;
}

function EmptyState({
  total,
  mine,
  clearHref,
  firstPage,
  page,
}: {
  total: number;
  mine: boolean;
  clearHref: string | null;
  firstPage: string;
  page: number;
}) {
  const link = "font-semibold text-brand-700 underline";
  let body;
  if (total > 0) {
    body = (
      <p>
        There&apos;s no page {page}.{" "}
        <Link href={firstPage} className={link}>
          Go to the first page
        </Link>
      </p>
    );
  } else if (clearHref) {
    body = (
      <p>
        Nothing matches these filters. Try fewer words or fewer filters, or{" "}
        <Link href={clearHref} className={link}>
          clear the filters
        </Link>{" "}
        to see everything.
      </p>
    );
  } else if (mine) {
    body = (
      <p>
        You haven&apos;t proposed a question yet. Know one that helped you, or one you were asked?{" "}
        <Link href="/questions/new" className={link}>
          Propose a question
        </Link>
      </p>
    );
  } else {
    body = (
      <p>
        There are no questions yet.{" "}
        <Link href="/questions/new" className={link}>
          Propose the first one
        </Link>
      </p>
    );
  }
  return <div className="rounded-lg border border-dashed border-slate-300 bg-white p-6 text-slate-700">{body}</div>;
}
