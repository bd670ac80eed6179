import { describe, expect, it } from "vitest";
import { plainPreview } from "./question-display";
import { EMPTY_DRAFT, toDraftErrors, validateDraft } from "./question-draft";

describe("question draft", () => {
  const draft = {
    ...EMPTY_DRAFT,
    interviewType: "system-design",
    title: "Design a rate limiter",
    prompt: "Design a rate limiter that protects a public API from one noisy customer.",
    guide: "A strong answer covers placement, counting across servers and rollout.",
    difficulty: "MEDIUM" as const,
    tags: " Rate limiting, api,, API ",
    companies: "Stripe, Google",
  };

  it("turns typed lists into the API's arrays, tags lowercased and hyphenated, without repeats", () => {
    const result = validateDraft(draft);
    expect("input" in result && result.input).toMatchObject({
      tags: ["rate-limiting", "api"],
      companies: ["Stripe", "Google"],
      competencyKeys: [],
    });
  });

  it("reports the schema's own messages per field", () => {
    const result = validateDraft({ ...draft, difficulty: "", title: "Short" });
    expect("errors" in result && result.errors).toEqual({
      difficulty: "Choose a difficulty",
      title: "Give it a title of at least 8 characters",
    });
  });

  it("maps problem+json paths like tags.2 onto the field", () => {
    expect(toDraftErrors({ "tags.2": ["Keep each tag under 40 characters"], _: ["Whole form"] })).toEqual({
      tags: "Keep each tag under 40 characters",
      _: "Whole form",
    });
  });
});

describe("plainPreview", () => {
  it("drops headings and Markdown marks, keeps list items apart", () => {
    expect(
      plainPreview(
        "## What a strong answer covers\n- Re-plans with the teams\n- Cuts **scope**\n> see [the plan](http://x)",
      ),
    ).toBe("• Re-plans with the teams • Cuts scope see the plan");
  });

  it("cuts long text at a word and marks the cut", () => {
    const preview = plainPreview("word ".repeat(100), 30);
    expect(preview).toBe("word word word word word word…");
  });
});
