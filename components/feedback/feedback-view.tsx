import { scoreLabel } from "@/lib/rubrics/score-scale";
import type { FeedbackContent, RubricView } from "@/lib/feedback/feedback.types";
import { RATING_QUESTIONS } from "./candidate-form";
import { RECOMMENDATION_LABELS } from "./recommendation-radios";

/** A submitted feedback, read-only: the interviewer's scores with their anchors, or the candidate's ratings. */
export function FeedbackView({ content, rubric }: { content: FeedbackContent; rubric: RubricView | null }) {
  if (content.direction === "CANDIDATE_TO_INTERVIEWER") {
    return (
      <dl className="grid gap-3 text-sm sm:grid-cols-2">
        {(Object.keys(RATING_QUESTIONS) as (keyof typeof RATING_QUESTIONS)[]).map((key) => (
          <div key={key}>
            <dt className="text-slate-600">{RATING_QUESTIONS[key].legend}</dt>
            <dd className="font-semibold">{content[key]} out of 5</dd>
          </div>
        ))}
        <div>
          <dt className="text-slate-600">Would practise with them again</dt>
          <dd className="font-semibold">{content.wouldPractiseAgain ? "Yes" : "No"}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="text-slate-600">Comments</dt>
          <dd className="break-words whitespace-pre-line">{content.comments || "No comments."}</dd>
        </div>
      </dl>
    );
  }
  const competencies =
    rubric?.competencies ??
    Object.keys(content.scores).map((key) => ({ key, name: key, descriptors: null as null | readonly string[] }));
  return (
    <div className="space-y-4 text-sm">
      <p>
        <span className="text-slate-600">Overall recommendation: </span>
        <strong>{RECOMMENDATION_LABELS[content.recommendation]}</strong>
      </p>
      {content.suggestedRecommendation && content.suggestedRecommendation !== content.recommendation ? (
        <p className="break-words whitespace-pre-line">
          <span className="text-slate-600">
            The rubric&apos;s rule suggested {RECOMMENDATION_LABELS[content.suggestedRecommendation]}. Why the
            interviewer chose otherwise:{" "}
          </span>
          {content.recommendationReason}
        </p>
      ) : null}
      <ul className="space-y-3">
        {competencies.map((c) => {
          const s = content.scores[c.key];
          if (!s) return null;
          return (
            <li key={c.key} className="rounded-md p-3 ring-1 ring-slate-200">
              <p className="font-semibold">
                {c.name}: {s.score} of 4 <span className="font-normal text-slate-600">· {scoreLabel(s.score)}</span>
              </p>
              {c.descriptors ? <p className="text-slate-600">{c.descriptors[s.score - 1]}</p> : null}
              <p className="mt-1 break-words whitespace-pre-line">
                <span className="font-semibold">Evidence: </span>
                {s.evidence}
              </p>
            </li>
          );
        })}
      </ul>
      <Block title="Top strengths" text={content.strengths} />
      <Block title="Top areas to improve" text={content.improvements} />
      {content.nextTopics.length ? (
        <div>
          <h4 className="font-semibold">Suggested next topics</h4>
          <ul className="mt-1 list-disc pl-5">
            {content.nextTopics.map((t) => (
              <li key={t}>{t}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

function Block({ title, text }: { title: string; text: string }) {
  return (
    <div>
      <h4 className="font-semibold">{title}</h4>
      <p className="break-words whitespace-pre-line">{text}</p>
    </div>
  );
}
