import { randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures";
import { e2eDatabase } from "./support/e2e-database";
import { createOwnUser as createUser, insertOwnBooking, signedInContext } from "./support/own-people";

// An interviewer scores a just-ended system-design interview: the form shows the recommendation rule's
// suggestion as the scores go in, and asks for a reason when he chooses otherwise. The people and the
// booking are this spec's own, written to the e2e server's database.

const suffix = randomUUID().slice(0, 8);
const CANDIDATE = `e2e-rule-cand-${suffix}`;
const INTERVIEWER = `e2e-rule-int-${suffix}`;
const BOOKING = `e2e-rule-${suffix}`;

test("the interviewer's form shows the rule's suggestion and requires a reason to depart from it", async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const db = await e2eDatabase();
  try {
    await createUser(db, CANDIDATE, "Rita Rule");
    await createUser(db, INTERVIEWER, "Ian Rule");
    // Ended a quarter of an hour ago, so feedback is open now.
    const start = new Date(Date.now() - 60 * 60_000);
    await insertOwnBooking(db, { id: BOOKING, candidate: CANDIDATE, interviewer: INTERVIEWER, start, minutes: 45 });
    const ian = await (await signedInContext(db, browser, baseURL!, INTERVIEWER)).newPage();
    await ian.goto(`/interviews/${BOOKING}`);
    const form = ian.getByRole("form", { name: "Your feedback on the candidate" });
    const suggestion = form.getByTestId("rule-suggestion");
    // The room loads its feedback after the page: a crowded machine can take a while.
    await expect(form).toBeVisible({ timeout: 30_000 });

    await test.step("before every competency is scored, the form says when the suggestion will appear", async () => {
      await expect(suggestion).toHaveText(/appears once every competency has a score \(0 of \d+ scored\)/);
    });

    await test.step("the suggestion follows the scores as they go in", async () => {
      const groups = form.getByRole("group").filter({ has: ian.getByRole("radio", { name: /^3 – At the bar/ }) });
      const count = await groups.count();
      expect(count).toBeGreaterThanOrEqual(4);
      for (let i = 0; i < count; i++) {
        await groups
          .nth(i)
          .getByRole("radio", { name: /^3 – At the bar/ })
          .check();
      }
      await expect(suggestion).toContainText("The rule suggests: Hire");
      const score = (name: string, label: RegExp) =>
        form.getByRole("group", { name }).getByRole("radio", { name: label }).check();
      for (const light of [
        "Requirements & scoping",
        "Data & storage",
        "Trade-offs & judgement",
        "Rollout & operations",
      ]) {
        await score(light, /^4 – Well above the bar/);
      }
      await expect(suggestion).toContainText("The rule suggests: Strong hire");
      // Architecture and scale weigh 20%, the others 15%: both below the bar is too many for Hire, whatever the mean.
      await score("Architecture", /^2 – Below the bar/);
      await score("Scale & reliability", /^2 – Below the bar/);
      await expect(suggestion).toContainText("The rule suggests: No hire");
      await expect(suggestion).toContainText("2 heavily weighted competencies are below the bar");
      await score("Scale & reliability", /^3 – At the bar/);
      await expect(suggestion).toContainText("The rule suggests: Hire");
    });

    await test.step("the rule and the bar for each level are a click away", async () => {
      await form.getByText("How the rule decides, and the bar at each level").click();
      const bars = form.getByRole("region", { name: "The bar at each level" });
      await expect(bars.getByText("Staff TPM", { exact: true })).toBeVisible();
      await expect(form.getByRole("region", { name: "How the recommendation is decided" })).toContainText(
        "Heavily weighted here: Architecture, Scale & reliability",
      );
    });

    await test.step("choosing otherwise asks for a reason, and submitting without one is refused", async () => {
      const evidence = form.getByRole("textbox", { name: /^Evidence for / });
      for (let i = 0; i < (await evidence.count()); i++) await evidence.nth(i).fill(`What Rita did, example ${i + 1}.`);
      await form.getByRole("textbox", { name: "Top strengths" }).fill("Scoped before designing.");
      await form.getByRole("textbox", { name: "Top areas to improve" }).fill("Walk a request through the boxes.");
      const reason = form.getByRole("textbox", { name: "Why you depart from the rule’s suggestion" });
      await expect(reason).toHaveCount(0);
      await form.getByRole("radio", { name: "Strong hire", exact: true }).check();
      await expect(reason).toBeVisible();
      await form.getByRole("button", { name: "Submit feedback" }).click();
      const summary = form.getByRole("alert");
      await expect(summary).toContainText("Say why your recommendation differs from the rule's suggestion");
      // Agreeing with the rule needs no reason: the field goes away.
      await form.getByRole("radio", { name: "Hire", exact: true }).check();
      await expect(reason).toHaveCount(0);
      await form.getByRole("radio", { name: "Strong hire", exact: true }).check();
      await reason.fill("The architecture 2 came from one slip they corrected unprompted.");
    });

    await test.step("with a reason it is submitted, and the reason sits beside the recommendation", async () => {
      await form.getByRole("button", { name: "Submit feedback" }).click();
      const mine = ian.getByRole("region", { name: "Your feedback on Rita Rule" });
      await expect(mine).toContainText("Overall recommendation: Strong hire");
      await expect(mine).toContainText("The rubric's rule suggested Hire.");
      await expect(mine).toContainText("one slip they corrected unprompted");
      const { rows } = await db.query<{ recommendation: string; suggested: string; reason: string }>(
        `SELECT recommendation, suggested_recommendation AS suggested, recommendation_reason AS reason
           FROM feedback WHERE booking_id = $1 AND direction = 'INTERVIEWER_TO_CANDIDATE'`,
        [BOOKING],
      );
      expect(rows).toEqual([
        {
          recommendation: "STRONG_HIRE",
          suggested: "HIRE",
          reason: "The architecture 2 came from one slip they corrected unprompted.",
        },
      ]);
    });
  } finally {
    await db.end();
  }
});
