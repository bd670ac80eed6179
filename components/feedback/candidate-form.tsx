"use client";

import { ChoiceFieldset } from "@/components/ui/choice-fieldset";
import { TextareaField } from "@/components/ui/textarea-field";
import { candidateFeedbackSchema, FEEDBACK_LIMITS } from "@/lib/feedback/feedback.schema";
import { ErrorSummary } from "./error-summary";
import {
  candidateDraftOf,
  candidateFormFrom,
  candidateSubmissionOf,
  type CandidateFormState,
} from "./feedback-form-state";
import { FormFooter } from "./form-footer";
import { RatingScale } from "./rating-scale";
import { useFeedbackForm, type WriterMode } from "./use-feedback-writer";

interface Props {
  bookingId: string;
  initial: unknown;
  mode: WriterMode;
  interviewerName: string;
  timeZone: string;
  onDone: () => void;
  onCancel?: () => void;
}

export const RATING_QUESTIONS = {
  preparedness: { legend: "Preparedness", hint: "Did they know the question and run the interview smoothly?" },
  questionQuality: { legend: "Quality of the question", hint: "Was it realistic and at the right level?" },
  feedbackUsefulness: {
    legend: "Usefulness of the feedback",
    hint: "In the call: did it help you see what to change?",
  },
  respect: { legend: "Respect", hint: "Were they on time, courteous and fair?" },
} as const;

/** The candidate's feedback on the interviewer: it makes up the interviewer's rating. */
export function CandidateForm(props: Props) {
  const { state, update, onSubmit, writer } = useFeedbackForm<CandidateFormState>(
    () => candidateFormFrom(props.initial),
    {
      bookingId: props.bookingId,
      mode: props.mode,
      schema: candidateFeedbackSchema,
      draftOf: candidateDraftOf,
      submissionOf: candidateSubmissionOf,
      onDone: props.onDone,
    },
  );
  const summary = Object.values(writer.errors).flat();

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      aria-label="Your feedback on the interviewer"
      className="space-y-6"
    >
      <p className="text-sm text-slate-700">
        How was {props.interviewerName} as an interviewer? They see this only when you’ve both submitted.
      </p>
      <ErrorSummary id={writer.summaryId} messages={summary} detail={writer.failed} />
      {(Object.keys(RATING_QUESTIONS) as (keyof typeof RATING_QUESTIONS)[]).map((key) => (
        <RatingScale
          key={key}
          legend={RATING_QUESTIONS[key].legend}
          hint={RATING_QUESTIONS[key].hint}
          value={state[key]}
          onChange={(value) => update({ ...state, [key]: value })}
          error={writer.errorAt(key)}
        />
      ))}
      <ChoiceFieldset
        legend={`Would you practise with ${props.interviewerName} again?`}
        error={writer.errorAt("wouldPractiseAgain")}
      >
        {(name) => (
          <div className="mt-2 flex gap-2">
            {([true, false] as const).map((answer) => (
              <label
                key={String(answer)}
                className="flex min-h-11 cursor-pointer items-center gap-2 rounded-md px-4 text-sm font-semibold ring-1 ring-slate-300 has-[:checked]:bg-brand-50 has-[:checked]:ring-2 has-[:checked]:ring-brand-600"
              >
                <input
                  type="radio"
                  name={name}
                  checked={state.wouldPractiseAgain === answer}
                  onChange={() => update({ ...state, wouldPractiseAgain: answer })}
                  className="accent-brand-600"
                />
                {answer ? "Yes" : "No"}
              </label>
            ))}
          </div>
        )}
      </ChoiceFieldset>
      <TextareaField
        label="Comments"
        hint="Anything that would help them interview better."
        value={state.comments}
        onChange={(comments) => update({ ...state, comments })}
        error={writer.errorAt("comments")}
        maxLength={FEEDBACK_LIMITS.comments}
        rows={4}
        optional
      />
      <FormFooter writer={writer} mode={props.mode} timeZone={props.timeZone} onCancel={props.onCancel} />
    </form>
  );
}
