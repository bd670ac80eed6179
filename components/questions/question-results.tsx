import Link from "next/link";
import { Button } from "@/components/ui/button";
import {
  Chips,
  DifficultyBadge,
  plainPreview,
  StatusBadge,
  type Difficulty,
  type QuestionStatus,
} from "./question-display";

export interface QuestionListItem {
  id: string;
  title: string;
  prompt: string;
  difficulty: Difficulty;
  tags: string[];
  companies: string[];
  status: QuestionStatus;
  interviewType: { slug: string; name: string };
  /** Only in "My proposals", for rejected ones. */
  rejectionReason?: string | null;
}

/** One card per question: what it is, how hard, and enough of the prompt to decide whether to open it. */
export function QuestionResults({
  questions,
  showStatus,
  filterHref,
  label,
}: {
  questions: QuestionListItem[];
  showStatus: boolean;
  filterHref: (changes: { tag?: string; company?: string }) => string;
  label: string;
}) {
  return (
    <ol aria-label={label} className="space-y-3">
      {questions.map((q) => (
        <li key={q.id} className="rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5">
          <article aria-labelledby={`q-${q.id}`}>
            <div className="flex flex-wrap items-center gap-x-3 gap-y-1 text-sm text-slate-600">
              <span>{q.interviewType.name}</span>
              <DifficultyBadge difficulty={q.difficulty} />
              {showStatus ? <StatusBadge status={q.status} /> : null}
            </div>
            <h3 id={`q-${q.id}`} className="mt-1 text-lg font-semibold text-slate-900">
              <Link href={`/questions/${q.id}`} className="hover:text-brand-700 hover:underline">
                {q.title}
              </Link>
            </h3>
            <p className="mt-1 line-clamp-2 text-slate-700">{plainPreview(q.prompt)}</p>
            {showStatus && q.status === "REJECTED" ? (
              <p className="mt-2 rounded-md bg-red-50 px-3 py-2 text-sm text-red-900">
                <strong className="font-semibold">Why it wasn&apos;t accepted: </strong>
                {q.rejectionReason ?? "No reason was given."}
              </p>
            ) : null}
            {showStatus && q.status === "PENDING" ? (
              <p className="mt-2 text-sm text-slate-600">
                An admin will review it. Only you and the admins can see it until then.
              </p>
            ) : null}
            <div className="mt-3 flex flex-col gap-1.5 sm:flex-row sm:flex-wrap sm:items-center sm:gap-3">
              <Chips items={q.tags} label="Tags" hrefFor={(tag) => filterHref({ tag })} />
              {q.companies.length > 0 ? (
                <div className="flex flex-wrap items-center gap-1.5">
                  <span aria-hidden="true" className="text-xs text-slate-600">
                    Asked at
                  </span>
                  <Chips
                    items={q.companies}
                    label="Asked at"
                    tone="company"
                    hrefFor={(company) => filterHref({ company })}
                  />
                </div>
              ) : null}
            </div>
          </article>
        </li>
      ))}
    </ol>
  );
}

export function Pagination({
  page,
  pageCount,
  hrefFor,
  label,
}: {
  page: number;
  pageCount: number;
  hrefFor: (page: number) => string;
  label: string;
}) {
  if (pageCount <= 1) return null;
  return (
    <nav aria-label={label} className="mt-4 flex items-center justify-between gap-2 text-sm">
      {page > 1 ? (
        <Button asChild variant="secondary">
          <Link href={hrefFor(Math.min(page - 1, pageCount))} rel="prev">
            <span aria-hidden="true">←</span> Previous
          </Link>
        </Button>
      ) : (
        <span />
      )}
      <span className="text-slate-600">
        Page {Math.min(page, pageCount)} of {pageCount}
      </span>
      {page < pageCount ? (
        <Button asChild variant="secondary">
          <Link href={hrefFor(page + 1)} rel="next">
            Next <span aria-hidden="true">→</span>
          </Link>
        </Button>
      ) : (
        <span />
      )}
    </nav>
  );
}
