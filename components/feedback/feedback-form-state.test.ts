import { describe, expect, it } from "vitest";
import {
  candidateFeedbackSchema,
  DEPARTURE_NEEDS_REASON,
  interviewerFeedbackSchema,
} from "@/lib/feedback/feedback.schema";
import {
  appendEvidence,
  candidateFormFrom,
  candidateSubmissionOf,
  check,
  interviewerDraftOf,
  interviewerFormFrom,
  interviewerSubmissionOf,
  noteLines,
} from "./feedback-form-state";

const keys = ["architecture", "tradeoffs"];
const competencies = [
  { key: "architecture", weight: 0.5 },
  { key: "tradeoffs", weight: 0.5 },
];

describe("interviewer form state", () => {
  it("starts empty for every competency and reads a stored draft back", () => {
    expect(interviewerFormFrom(null, keys).scores).toEqual({
      architecture: { score: null, evidence: "" },
      tradeoffs: { score: null, evidence: "" },
    });
    const state = interviewerFormFrom(
      { scores: { architecture: { score: 3, evidence: "Drew the queue" } }, nextTopics: ["Caching", "Sharding"] },
      keys,
    );
    expect(state.scores.architecture).toEqual({ score: 3, evidence: "Drew the queue" });
    expect(state.scores.tradeoffs).toEqual({ score: null, evidence: "" });
    expect(state.nextTopics).toBe("Caching\nSharding");
    expect(interviewerFormFrom("garbage", keys).strengths).toBe("");
  });

  it("round-trips through a draft, topics one per line", () => {
    const state = interviewerFormFrom(null, keys);
    state.nextTopics = " Caching \n\nSharding";
    state.recommendation = "HIRE";
    const draft = interviewerDraftOf(state);
    expect(draft.nextTopics).toEqual(["Caching", "Sharding"]);
    expect(interviewerFormFrom(draft, keys)).toEqual({ ...state, nextTopics: "Caching\nSharding" });
  });

  it("is checked by the server's schema: a missing score or evidence is a field error at its path", () => {
    const state = interviewerFormFrom({ scores: { architecture: { score: 4, evidence: "" } } }, keys);
    const result = check(interviewerFeedbackSchema(competencies), interviewerSubmissionOf(state));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors["scores.architecture.evidence"]?.[0]).toMatch(/required/);
    expect(result.errors["scores.tradeoffs.score"]?.[0]).toBe("Pick a score from 1 to 4");
    expect(result.errors.recommendation?.[0]).toBe("Choose an overall recommendation");
    expect(result.errors.strengths?.[0]).toMatch(/required/);
  });

  it("passes when complete", () => {
    const state = interviewerFormFrom(
      {
        scores: { architecture: { score: 4, evidence: "a" }, tradeoffs: { score: 1, evidence: "b" } },
        strengths: "s",
        improvements: "i",
        recommendation: "NO_HIRE",
      },
      keys,
    );
    const result = check(interviewerFeedbackSchema(competencies), interviewerSubmissionOf(state));
    expect(result).toMatchObject({ ok: true, data: { recommendation: "NO_HIRE", nextTopics: [] } });
  });

  it("asks for a reason when the recommendation departs from the rule's suggestion, as the server does", () => {
    const state = interviewerFormFrom(
      {
        scores: { architecture: { score: 4, evidence: "a" }, tradeoffs: { score: 1, evidence: "b" } },
        strengths: "s",
        improvements: "i",
        recommendation: "STRONG_HIRE",
      },
      keys,
    );
    const schema = interviewerFeedbackSchema(competencies);
    const departed = check(schema, interviewerSubmissionOf(state));
    expect(departed.ok).toBe(false);
    if (departed.ok) return;
    expect(departed.errors.recommendationReason?.[0]).toBe(DEPARTURE_NEEDS_REASON);
    expect(check(schema, interviewerSubmissionOf({ ...state, recommendationReason: "   " })).ok).toBe(false);
    const explained = check(schema, interviewerSubmissionOf({ ...state, recommendationReason: "The 1 was a slip." }));
    expect(explained).toMatchObject({ ok: true, data: { recommendationReason: "The 1 was a slip." } });
  });
});

describe("candidate form state", () => {
  it("needs every rating and the yes/no, comments optional", () => {
    const empty = check(candidateFeedbackSchema, candidateSubmissionOf(candidateFormFrom(null)));
    expect(empty.ok).toBe(false);
    if (!empty.ok)
      expect(Object.keys(empty.errors).sort()).toEqual([
        "feedbackUsefulness",
        "preparedness",
        "questionQuality",
        "respect",
        "wouldPractiseAgain",
      ]);
    const full = candidateFormFrom({
      preparedness: 5,
      questionQuality: 4,
      feedbackUsefulness: 3,
      respect: 5,
      wouldPractiseAgain: false,
    });
    expect(check(candidateFeedbackSchema, candidateSubmissionOf(full))).toMatchObject({ ok: true });
  });
});

describe("evidence from notes", () => {
  it("offers the non-empty lines and appends one on its own line", () => {
    expect(noteLines("  first \n\n second\n")).toEqual(["first", "second"]);
    expect(appendEvidence("", "first")).toBe("first");
    expect(appendEvidence("said X\n", "first")).toBe("said X\nfirst");
  });
});
