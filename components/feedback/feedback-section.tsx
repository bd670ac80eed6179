"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { errorMessage } from "@/components/api-request";
import type { Locale } from "@/lib/dates/locale";
import { formatClock, formatDay } from "@/lib/dates/viewer-time";
import { Button } from "@/components/ui/button";
import type { FeedbackForViewer } from "@/lib/feedback/feedback.types";
import { CandidateForm } from "./candidate-form";
import { feedbackQuery } from "./feedback-keys";
import { FeedbackView } from "./feedback-view";
import { InterviewerForm } from "./interviewer-form";
import { ReportDialog } from "./report-dialog";
import { useLocale } from "@/components/locale/locale-provider";

interface Props {
  bookingId: string;
  timeZone: string;
  /** The other person's name, as the room shows it. */
  counterpartName: string;
}

const card = "rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:p-5";
const when = (iso: string, zone: string, locale: Locale) =>
  `${formatDay(iso, zone, locale, true)}, ${formatClock(iso, zone, locale)}`;

/**
 * Feedback both ways: the caller's own (form, or read-only with "Edit" until
 * release) and the other person's, shown only once the server says it is released.
 */
export function FeedbackSection({ bookingId, timeZone, counterpartName }: Props) {
  const query = useQuery(feedbackQuery(bookingId));
  return (
    <section aria-labelledby="feedback-heading" className="space-y-4">
      <h2 id="feedback-heading" className="text-xl font-bold">
        Feedback
      </h2>
      {query.isPending ? (
        <p className={card}>Loading feedback…</p>
      ) : query.isError ? (
        <div role="alert" className={card}>
          <p className="text-red-800">{errorMessage(query.error)}</p>
          <Button variant="secondary" className="mt-2" onClick={() => void query.refetch()}>
            Try again
          </Button>
        </div>
      ) : (
        <>
          <MyFeedback feedback={query.data} timeZone={timeZone} name={counterpartName} />
          <TheirFeedback feedback={query.data} timeZone={timeZone} name={counterpartName} />
        </>
      )}
    </section>
  );
}

interface PartProps {
  feedback: FeedbackForViewer;
  timeZone: string;
  name: string;
}

function MyFeedback({ feedback: f, timeZone, name }: PartProps) {
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const submitted = f.mine.status === "SUBMITTED";
  const interviewing = f.role === "INTERVIEWER";
  const heading = interviewing ? `Your feedback on ${name}` : `Your feedback on ${name} as an interviewer`;
  let body;
  if (submitted && f.mine.content && !(editing && f.mine.editable)) {
    body = (
      <>
        <p className="text-sm text-slate-700">
          Submitted {f.mine.submittedAt ? when(f.mine.submittedAt, timeZone, locale) : ""} ({timeZone}).{" "}
          {f.mine.editable ? "You can still change it until it’s released." : "It’s released, so it can’t change now."}
        </p>
        <div className="mt-3">
          <FeedbackView content={f.mine.content} rubric={f.rubric} />
        </div>
        {f.mine.editable ? (
          <Button variant="secondary" className="mt-4" onClick={() => setEditing(true)}>
            Edit
          </Button>
        ) : null}
      </>
    );
  } else if (f.canWrite) {
    const mode = submitted ? "edit" : "draft";
    const initial = submitted ? f.mine.content : f.mine.draft;
    const done = () => setEditing(false);
    const cancel = submitted ? done : undefined;
    body = interviewing ? (
      f.rubric ? (
        <InterviewerForm
          bookingId={f.bookingId}
          rubric={f.rubric}
          initial={initial}
          mode={mode}
          candidateName={name}
          timeZone={timeZone}
          onDone={done}
          {...(cancel ? { onCancel: cancel } : {})}
        />
      ) : (
        <p className="text-slate-700">This interview type has no rubric yet, so there is nothing to score against.</p>
      )
    ) : (
      <CandidateForm
        bookingId={f.bookingId}
        initial={initial}
        mode={mode}
        interviewerName={name}
        timeZone={timeZone}
        onDone={done}
        {...(cancel ? { onCancel: cancel } : {})}
      />
    );
  } else {
    body = <p className="text-slate-700">{f.cannotWriteReason ?? "Feedback can’t be written for this interview."}</p>;
  }
  return (
    <section aria-labelledby="my-feedback-heading" className={card}>
      <h3 id="my-feedback-heading" className="mb-3 text-lg font-semibold">
        {heading}
      </h3>
      {body}
    </section>
  );
}

function TheirFeedback({ feedback: f, timeZone, name }: PartProps) {
  const locale = useLocale();
  const t = f.theirs;
  let body;
  if (!f.released) {
    body = (
      <>
        <p className="text-slate-800">
          Their feedback will be visible when both of you have submitted, or on{" "}
          <time dateTime={f.releasesAt} className="font-semibold">
            {when(f.releasesAt, timeZone, locale)}
          </time>{" "}
          ({timeZone}).
        </p>
        <p className="mt-1 text-sm text-slate-700">
          {t.submitted
            ? `${name} has submitted theirs.${f.mine.status === "SUBMITTED" ? "" : " Submit yours to see it."}`
            : `${name} hasn’t submitted theirs yet.`}
        </p>
      </>
    );
  } else if (t.hidden) {
    body = <p className="text-slate-700">An admin hid this feedback after it was reported.</p>;
  } else if (t.content) {
    body = (
      <>
        {t.submittedAt ? (
          <p className="text-sm text-slate-700">
            Submitted {when(t.submittedAt, timeZone, locale)} ({timeZone}).
          </p>
        ) : null}
        <div className="mt-3">
          <FeedbackView content={t.content} rubric={f.rubric} />
        </div>
        <div className="mt-4 border-t border-slate-200 pt-3 text-sm text-slate-700">
          {t.reported ? (
            <p>You reported this feedback. An admin will look at it.</p>
          ) : t.id ? (
            <div className="flex flex-wrap items-center gap-3">
              <p>Something wrong with it?</p>
              <ReportDialog bookingId={f.bookingId} feedbackId={t.id} />
            </div>
          ) : null}
        </div>
      </>
    );
  } else {
    body = <p className="text-slate-700">{name} didn’t leave feedback for this interview.</p>;
  }
  return (
    <section aria-labelledby="their-feedback-heading" className={card}>
      <h3 id="their-feedback-heading" className="mb-3 text-lg font-semibold">
        {name}’s feedback for you
      </h3>
      {body}
    </section>
  );
}
