"use client";

import { useMemo } from "react";
import { TextareaField } from "@/components/ui/textarea-field";
import { FEEDBACK_LIMITS, interviewerFeedbackSchema } from "@/lib/feedback/feedback.schema";
import type { RubricView } from "@/lib/feedback/feedback.types";
import { ErrorSummary } from "./error-summary";
import { EvidenceFromNotes } from "./evidence-from-notes";
import {
  appendEvidence,
  interviewerDraftOf,
  interviewerFormFrom,
  interviewerSubmissionOf,
  type InterviewerFormState,
} from "./feedback-form-state";
import { FormFooter } from "./form-footer";
import { LevelBars } from "@/components/rubrics/level-bars";
import { RuleSummary } from "@/components/rubrics/rule-summary";
import { RECOMMENDATION_LABELS, RecommendationRadios } from "./recommendation-radios";
import { RuleSuggestionNote, useRuleSuggestion } from "./rule-suggestion";
import { ScoreRadios } from "./score-radios";
import { useFeedbackForm, type WriterMode } from "./use-feedback-writer";

interface Props {
  bookingId: string;
  rubric: RubricView;
  /** The stored draft, or the submission being edited. */
  initial: unknown;
  mode: WriterMode;
  candidateName: string;
  timeZone: string;
  onDone: () => void;
  onCancel?: () => void;
}

/** The interviewer's feedback on the candidate, against the booking's rubric version. */
export function InterviewerForm(props: Props) {
  const { rubric, bookingId } = props;
  const keys = useMemo(() => rubric.competencies.map((c) => c.key), [rubric]);
  const schema = useMemo(() => interviewerFeedbackSchema(rubric.competencies), [rubric]);
  const { state, update, onSubmit, writer } = useFeedbackForm<InterviewerFormState>(
    () => interviewerFormFrom(props.initial, keys),
    {
      bookingId,
      mode: props.mode,
      schema,
      draftOf: interviewerDraftOf,
      submissionOf: interviewerSubmissionOf,
      onDone: props.onDone,
    },
  );
  const setScore = (key: string, patch: Partial<InterviewerFormState["scores"][string]>) =>
    update({ ...state, scores: { ...state.scores, [key]: { ...state.scores[key]!, ...patch } } });

  const suggestion = useRuleSuggestion(rubric.competencies, state.scores);
  const departs = !!suggestion && !!state.recommendation && suggestion.recommendation !== state.recommendation;
  const scored = Object.values(state.scores).filter((s) => s.score !== null).length;

  const names = new Map(rubric.competencies.map((c) => [c.key, c.name]));
  const summary = Object.entries(writer.errors).flatMap(([path, messages]) => {
    const key = /^scores\.([^.]+)/.exec(path)?.[1];
    const prefix = key && names.has(key) ? `${names.get(key)}: ` : "";
    return messages.map((m) => prefix + m);
  });

  const topicsError =
    writer.errorAt("nextTopics") ??
    Object.entries(writer.errors).find(([path]) => path.startsWith("nextTopics."))?.[1][0];

  return (
    <form
      method="post"
      onSubmit={onSubmit}
      noValidate
      aria-label="Your feedback on the candidate"
      className="space-y-6"
    >
      <p className="text-sm text-slate-700">
        Score each competency against its anchors and say what {props.candidateName} said or did that shows it.
        {props.mode === "draft" ? " Your draft saves as you go; they see nothing until you both submit." : ""}
      </p>
      <ErrorSummary id={writer.summaryId} messages={summary} detail={writer.failed} />

      {rubric.competencies.map((c) => {
        const s = state.scores[c.key] ?? { score: null, evidence: "" };
        return (
          <div key={c.key} className="space-y-3 rounded-lg p-4 ring-1 ring-slate-200">
            <ScoreRadios
              competency={c}
              value={s.score}
              onChange={(score) => setScore(c.key, { score })}
              error={writer.errorAt(`scores.${c.key}.score`)}
            />
            <TextareaField
              label={`Evidence for ${c.name}`}
              hint="What the candidate said or did that earns this score."
              value={s.evidence}
              onChange={(evidence) => setScore(c.key, { evidence })}
              error={writer.errorAt(`scores.${c.key}.evidence`)}
              maxLength={FEEDBACK_LIMITS.evidence}
              actions={
                <EvidenceFromNotes
                  bookingId={bookingId}
                  competencyName={c.name}
                  onInsert={(line) => setScore(c.key, { evidence: appendEvidence(s.evidence, line) })}
                />
              }
            />
          </div>
        );
      })}

      <TextareaField
        label="Top strengths"
        hint="Two or three things to keep doing."
        value={state.strengths}
        onChange={(strengths) => update({ ...state, strengths })}
        error={writer.errorAt("strengths")}
        maxLength={FEEDBACK_LIMITS.summary}
      />
      <TextareaField
        label="Top areas to improve"
        hint="The two or three changes that would help most, as specifically as you can."
        value={state.improvements}
        onChange={(improvements) => update({ ...state, improvements })}
        error={writer.errorAt("improvements")}
        maxLength={FEEDBACK_LIMITS.summary}
      />
      <div className="space-y-3">
        <RuleSuggestionNote suggestion={suggestion} scored={scored} total={rubric.competencies.length} />
        <details className="rounded-md text-sm">
          <summary className="min-h-11 cursor-pointer py-2 font-semibold text-brand-700 underline">
            How the rule decides, and the bar at each level
          </summary>
          <div className="mt-2 space-y-3">
            <RuleSummary competencies={rubric.competencies} />
            <LevelBars bars={rubric.levelBars} headingLevel={3} />
          </div>
        </details>
        <RecommendationRadios
          value={state.recommendation}
          onChange={(recommendation) => update({ ...state, recommendation })}
          error={writer.errorAt("recommendation")}
        />
        {departs && suggestion ? (
          <TextareaField
            label="Why you depart from the rule’s suggestion"
            hint={`The rule suggests ${RECOMMENDATION_LABELS[suggestion.recommendation]}; you chose ${RECOMMENDATION_LABELS[state.recommendation!]}. Say what the scores don’t capture.`}
            value={state.recommendationReason}
            onChange={(recommendationReason) => update({ ...state, recommendationReason })}
            error={writer.errorAt("recommendationReason")}
            maxLength={FEEDBACK_LIMITS.recommendationReason}
            required
          />
        ) : null}
      </div>
      <TextareaField
        label="Suggested next topics"
        hint={`One per line, up to ${FEEDBACK_LIMITS.topics}: what should they practise next?`}
        value={state.nextTopics}
        onChange={(nextTopics) => update({ ...state, nextTopics })}
        error={topicsError}
        maxLength={FEEDBACK_LIMITS.topics * (FEEDBACK_LIMITS.topic + 1)}
        optional
      />

      <FormFooter writer={writer} mode={props.mode} timeZone={props.timeZone} onCancel={props.onCancel} />
    </form>
  );
}
