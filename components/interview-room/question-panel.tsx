import { Markdown } from "@/components/markdown";
import type { InterviewRoom } from "@/lib/interview-room/room.types";
import { splitGuide } from "./guide-sections";

const card = "rounded-lg bg-white p-4 shadow-sm ring-1 ring-slate-200";

/** The prompt both people read; for the interviewer, the guide and its follow-up questions beside it. */
export function QuestionPanel({ room }: { room: InterviewRoom }) {
  const interviewing = room.role === "INTERVIEWER";
  const { guide, followUps } = room.guide ? splitGuide(room.guide) : { guide: null, followUps: null };
  return (
    <div className="space-y-4">
      <section aria-labelledby="prompt-heading" className={card}>
        <h2 id="prompt-heading" className="text-sm font-semibold tracking-wide text-slate-600 uppercase">
          The question
        </h2>
        {room.question ? (
          <>
            <p className="mt-1 text-lg font-semibold break-words">{room.question.title}</p>
            <div className="mt-2 text-slate-900">
              <Markdown>{room.question.prompt}</Markdown>
            </div>
            {interviewing ? (
              <p className="mt-3 text-sm text-slate-600">Read it out or paste it into the call’s chat.</p>
            ) : null}
          </>
        ) : (
          <p className="mt-1 text-slate-700">
            {interviewing
              ? "No question was set for this interview. Ask one you know well, and score it against the rubric."
              : "Your interviewer will give you the question in the call."}
          </p>
        )}
      </section>
      {interviewing && (guide || followUps) ? (
        <div className="grid gap-4 xl:grid-cols-2">
          {guide ? (
            <section aria-labelledby="guide-heading" className={card}>
              <h2 id="guide-heading" className="text-lg font-semibold">
                Interviewer guide
              </h2>
              <p className="text-sm text-slate-600">Only you see this.</p>
              <div className="mt-2 text-sm">
                <Markdown>{guide}</Markdown>
              </div>
            </section>
          ) : null}
          {followUps ? (
            <section aria-labelledby="followups-heading" className={card}>
              <h2 id="followups-heading" className="text-lg font-semibold">
                Follow-up questions
              </h2>
              <div className="mt-2 text-sm">
                <Markdown>{followUps}</Markdown>
              </div>
            </section>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}
