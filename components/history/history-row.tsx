import type { ReactNode } from "react";
import Link from "next/link";
import { formatDateTime } from "@/components/settings/format-time";
import type { HistoryItem } from "@/lib/progress/progress.types";
import { RecommendationBadge, ScoreChip } from "./recommendation";
import { historyHref, type HistoryFilters } from "./history-search-params";
import { useLocale } from "@/components/locale/locale-provider";

const STATUS_NOTES: Record<string, string> = {
  NO_SHOW: "Marked as a no-show",
  CANCELLED: "Cancelled",
};

/** Why a row has no scores, and what to do about it. What the viewer wrote is always visible to them. */
function pendingNote(item: HistoryItem): string {
  const note = STATUS_NOTES[item.status];
  if (note) return note;
  if (item.role === "INTERVIEWER") return "You haven't sent your feedback yet. Open the interview to write it.";
  if (item.released) return "No scores on this one.";
  return "Feedback isn't released yet: it opens when both of you have sent yours, or a week after the interview.";
}

function FeedbackSummary({ item }: { item: HistoryItem }) {
  if (item.recommendation || item.scores.length > 0) {
    return (
      <div className="mt-2 flex flex-wrap items-center gap-1.5">
        {item.role === "INTERVIEWER" ? <span className="text-sm text-slate-600">You gave:</span> : null}
        {item.recommendation ? <RecommendationBadge value={item.recommendation} /> : null}
        {item.scores.length > 0 ? (
          <ul className="flex flex-wrap gap-1.5" aria-label="Scores per competency">
            {item.scores.map((s) => (
              <li key={s.key}>
                <ScoreChip name={s.name} score={s.score} />
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  return <p className="mt-1 text-sm text-slate-600">{pendingNote(item)}</p>;
}

/** The card every history row shares: the whole card opens `href` (a stretched link); other links inside stay their own targets. */
function HistoryCard({
  href,
  title,
  badge,
  srText,
  startsAt,
  when,
  children,
}: {
  href: string;
  title: string;
  badge?: ReactNode;
  srText: string;
  startsAt: string;
  when: string;
  children: ReactNode;
}) {
  return (
    <li
      data-testid="history-row"
      className="relative rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 has-[a[data-card]:hover]:ring-brand-600"
    >
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
        <h2 className={badge ? "flex flex-wrap items-baseline gap-2 font-semibold" : "font-semibold"}>
          {badge}
          <Link
            href={href}
            data-card
            className="after:absolute after:inset-0 after:rounded-lg hover:text-brand-700 hover:underline"
          >
            {title}
            <span className="sr-only">{srText}</span>
          </Link>
        </h2>
        <time dateTime={startsAt} className="text-sm text-slate-600">
          {when}
        </time>
      </div>
      {children}
    </li>
  );
}

/** One past interview; the person's filter link stays its own target. */
export function HistoryRow({
  item,
  filters,
  timeZone,
}: {
  item: HistoryItem;
  filters: HistoryFilters;
  timeZone: string;
}) {
  const locale = useLocale();
  const when = formatDateTime(item.startsAt, timeZone, locale);
  if (item.kind === "solo" || !item.counterpart || !item.bookingId)
    return (
      <HistoryCard
        href={`/practice/${item.soloAttemptId}`}
        title={item.interviewType.name}
        badge={
          <span className="rounded-full bg-violet-100 px-2 py-0.5 text-xs font-semibold text-violet-900">Solo</span>
        }
        srText={` solo practice, ${when}. Open your answer and the guide.`}
        startsAt={item.startsAt}
        when={when}
      >
        <SoloSummary item={item} />
      </HistoryCard>
    );
  const counterpart = item.counterpart;
  const name = counterpart.name ?? "Deleted user";
  const asCandidate = item.role === "CANDIDATE";
  return (
    <HistoryCard
      href={`/interviews/${item.bookingId}`}
      title={item.interviewType.name}
      srText={` ${asCandidate ? "with" : "interviewing"} ${name}, ${when}. Open the feedback.`}
      startsAt={item.startsAt}
      when={when}
    >
      <p className="mt-0.5 text-sm text-slate-800">
        {asCandidate ? "You were the candidate; interviewer " : "You interviewed "}
        <span className="font-semibold">{name}</span>
        {filters.counterpart !== counterpart.id ? (
          <>
            {" · "}
            <Link
              href={historyHref(filters, { counterpart: counterpart.id })}
              className="relative z-10 text-brand-700 underline underline-offset-2 hover:text-brand-900"
            >
              Only with {name}
            </Link>
          </>
        ) : null}
      </p>
      <FeedbackSummary item={item} />
    </HistoryCard>
  );
}

/** A solo attempt: the question and the self-assessment (never a peer's score). */
function SoloSummary({ item }: { item: HistoryItem }) {
  return (
    <>
      {item.question ? <p className="mt-0.5 text-sm text-slate-800">{item.question.title}</p> : null}
      {item.scores.length > 0 ? (
        <div className="mt-2 flex flex-wrap items-center gap-1.5">
          <span className="text-sm text-slate-600">You gave yourself:</span>
          <ul className="flex flex-wrap gap-1.5" aria-label="Self-assessed scores per competency">
            {item.scores.map((s) => (
              <li key={s.key}>
                <ScoreChip name={s.name} score={s.score} />
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}
