import { E2E_ORIGIN, expect, test, type Browser, type Page, type Route } from "./support/fixtures";

// The seed's interview that ended an hour before the server started, with no feedback yet:
// Wei Chen (candidate) and Oliver Hughes (interviewer), system design. Only this spec writes to it.
const BOOKING = "seed-await-wei-oliver";
const ROOM = `/interviews/${BOOKING}`;

async function signedIn(browser: Browser, baseURL: string, userId: string): Promise<Page> {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  const response = await page.request.post("/api/v1/auth/demo", { headers: E2E_ORIGIN, data: { userId } });
  expect(response.status()).toBe(204);
  return page;
}

test("two people finish an interview, each submits feedback, and each sees the other's only once both have", async ({
  browser,
  baseURL,
}) => {
  // Two people, two full forms and several page loads: more than the default minute on a busy machine.
  test.slow();
  const oliver = await signedIn(browser, baseURL!, "demo-oliver");
  const wei = await signedIn(browser, baseURL!, "demo-wei");

  await test.step("Oliver goes from the interview's page to the room", async () => {
    await oliver.goto(`/bookings/${BOOKING}`);
    await oliver.getByRole("link", { name: "Give feedback" }).click();
    await expect(oliver).toHaveURL(ROOM);
    await expect(oliver.getByRole("heading", { level: 1, name: "System design with Wei Chen" })).toBeVisible();
    await expect(oliver.getByText("Time's up", { exact: true })).toBeVisible();
    await expect(oliver.getByRole("heading", { name: "Interviewer guide" })).toBeVisible();
    await expect(oliver.getByRole("heading", { name: /^Rubric/ })).toBeVisible();
  });

  await test.step("Oliver's private notes save themselves, and say so", async () => {
    const notes = oliver.getByRole("textbox", { name: "Your notes" });
    await notes.fill(
      "Clarified read vs write ratio before drawing anything\nSharded the links table by hash of the code",
    );
    const status = oliver.getByRole("region", { name: "Your notes" }).getByRole("status");
    await expect(status).toHaveText(/Saving…|Saved/);
    await expect(status).toHaveText(/^Saved \d\d:\d\d$/);
    await oliver.reload();
    await expect(oliver.getByRole("textbox", { name: "Your notes" })).toHaveValue(/Sharded the links table/);
  });

  await test.step("a failed save says so and can be retried", async () => {
    const region = oliver.getByRole("region", { name: "Your notes" });
    const failPuts = (route: Route) =>
      route.request().method() === "PUT" ? route.fulfill({ status: 503, body: "" }) : route.fallback();
    await oliver.route(`**/api/v1/interviews/${BOOKING}/notes`, failPuts);
    await region.getByRole("textbox", { name: "Your notes" }).press("Control+End");
    await region.getByRole("textbox", { name: "Your notes" }).pressSequentially("\nAsked about abuse");
    await expect(region.getByRole("status")).toHaveText(
      "Couldn't save your notes. Something went wrong. Please try again.",
    );
    await oliver.unroute(`**/api/v1/interviews/${BOOKING}/notes`, failPuts);
    await region.getByRole("button", { name: "Retry" }).click();
    await expect(region.getByRole("status")).toHaveText(/^Saved \d\d:\d\d$/);
    await expect(region.getByRole("button", { name: "Retry" })).toHaveCount(0);
  });

  const form = oliver.getByRole("form", { name: "Your feedback on the candidate" });

  await test.step("a score can be chosen with the keyboard alone", async () => {
    const first = form.getByRole("group", { name: "Requirements & scoping" });
    const radios = first.getByRole("radio");
    await expect(radios).toHaveCount(4);
    await radios.first().focus();
    await oliver.keyboard.press("Space");
    await expect(radios.nth(0)).toBeChecked();
    await oliver.keyboard.press("ArrowRight");
    await oliver.keyboard.press("ArrowRight");
    await expect(radios.nth(2)).toBeChecked();
    await expect(radios.nth(2)).toBeFocused();
    await expect(radios.nth(2)).toHaveAccessibleName(/^3 – At the bar: /);
  });

  await test.step("submitting too early lists what is missing, checked by the same rules as the server", async () => {
    await form.getByRole("button", { name: "Submit feedback" }).click();
    const summary = form.getByRole("alert");
    await expect(summary).toContainText("Some answers need another look");
    await expect(summary).toContainText(
      "Requirements & scoping: Evidence (what the candidate said or did) is required",
    );
    await expect(summary).toContainText("Choose an overall recommendation");
    await expect(summary).toBeFocused();
  });

  await test.step("Oliver fills it in, pulling evidence from his notes; the draft saves as he goes", async () => {
    const evidence = form.getByRole("textbox", { name: /^Evidence for / });
    const count = await evidence.count();
    expect(count).toBeGreaterThanOrEqual(3);
    await form
      .getByRole("button", { name: "Insert from my notes into the evidence for Requirements & scoping" })
      .click();
    await form.getByRole("button", { name: "Insert: Clarified read vs write ratio before drawing anything" }).click();
    await expect(evidence.first()).toHaveValue("Clarified read vs write ratio before drawing anything");
    for (let i = 1; i < count; i++) {
      await form
        .getByRole("radio", { name: /^3 – At the bar/ })
        .nth(i)
        .check();
      await evidence.nth(i).fill(`Concrete example number ${i} of what Wei said.`);
    }
    await form.getByRole("textbox", { name: "Top strengths" }).fill("Scoped the problem before designing.");
    await form.getByRole("textbox", { name: "Top areas to improve" }).fill("Say the numbers out loud: QPS, storage.");
    await form.getByRole("radio", { name: "Hire", exact: true }).check();
    await form.getByRole("textbox", { name: /Suggested next topics/ }).fill("Caching\nRate limiting");
    await expect(form.getByRole("status")).toHaveText(/^Saved \d\d:\d\d$/);
    await expect(form.getByRole("alert")).toHaveCount(0);
  });

  await test.step("Oliver submits: read-only with Edit, and Wei's feedback is not visible yet", async () => {
    await form.getByRole("button", { name: "Submit feedback" }).click();
    const mine = oliver.getByRole("region", { name: "Your feedback on Wei Chen" });
    await expect(mine).toContainText("You can still change it until it’s released.");
    await expect(mine.getByRole("button", { name: "Edit" })).toBeVisible();
    await expect(mine).toContainText("Say the numbers out loud");
    const theirs = oliver.getByRole("region", { name: "Wei Chen’s feedback for you" });
    await expect(theirs).toContainText("Their feedback will be visible when both of you have submitted, or on");
    await expect(theirs).toContainText("Wei Chen hasn’t submitted theirs yet.");
  });

  await test.step("Wei sees that Oliver submitted, but not what he wrote", async () => {
    await wei.goto(ROOM);
    const theirs = wei.getByRole("region", { name: "Oliver Hughes’s feedback for you" });
    await expect(theirs).toContainText("Their feedback will be visible when both of you have submitted, or on");
    await expect(theirs).toContainText("Oliver Hughes has submitted theirs. Submit yours to see it.");
    await expect(wei.getByText("Say the numbers out loud")).toHaveCount(0);
    await expect(wei.getByRole("heading", { name: "Interviewer guide" })).toHaveCount(0);
    const api = await wei.request.get(`/api/v1/interviews/${BOOKING}/feedback`);
    expect(((await api.json()) as { theirs: { content: unknown } }).theirs.content).toBeNull();
  });

  await test.step("Wei submits hers and sees Oliver's at once", async () => {
    const form = wei.getByRole("form", { name: "Your feedback on the interviewer" });
    for (const legend of ["Preparedness", "Quality of the question", "Usefulness of the feedback", "Respect"]) {
      const group = form.getByRole("group", { name: legend });
      // The radio itself is visually hidden behind its big label: click what a person clicks.
      await group.getByText("Excellent", { exact: true }).click();
      await expect(group.getByRole("radio", { name: "5, Excellent" })).toBeChecked();
    }
    await form.getByRole("radio", { name: "Yes" }).check();
    await form.getByRole("textbox", { name: /Comments/ }).fill("Clear question, and a calm, fair interviewer.");
    await form.getByRole("button", { name: "Submit feedback" }).click();

    const theirs = wei.getByRole("region", { name: "Oliver Hughes’s feedback for you" });
    await expect(theirs).toContainText("Overall recommendation: Hire");
    await expect(theirs).toContainText("Clarified read vs write ratio before drawing anything");
    await expect(theirs).toContainText("Say the numbers out loud");
    await expect(theirs.getByRole("button", { name: "Report" })).toBeVisible();
    const mine = wei.getByRole("region", { name: "Your feedback on Oliver Hughes as an interviewer" });
    await expect(mine).toContainText("It’s released, so it can’t change now.");
    await expect(mine.getByRole("button", { name: "Edit" })).toHaveCount(0);
  });

  await test.step("Oliver now sees Wei's, and his own can no longer change", async () => {
    await oliver.reload();
    const theirs = oliver.getByRole("region", { name: "Wei Chen’s feedback for you" });
    await expect(theirs).toContainText("Clear question, and a calm, fair interviewer.");
    await expect(theirs).toContainText("Would practise with them again");
    await expect(
      oliver.getByRole("region", { name: "Your feedback on Wei Chen" }).getByRole("button", { name: "Edit" }),
    ).toHaveCount(0);
  });

  await test.step("Wei reports it; an admin hides it from the queue; Wei sees that it was hidden", async () => {
    const theirs = wei.getByRole("region", { name: "Oliver Hughes’s feedback for you" });
    await theirs.getByRole("button", { name: "Report" }).click();
    const dialog = wei.getByRole("dialog", { name: "Report this feedback" });
    await dialog.getByRole("button", { name: "Send report" }).click();
    await expect(dialog).toContainText("Say what is wrong with it");
    await dialog.getByRole("textbox", { name: "What is wrong with it?" }).fill("It makes fun of my accent.");
    await dialog.getByRole("button", { name: "Send report" }).click();
    await expect(dialog).toBeHidden();
    await expect(theirs).toContainText("You reported this feedback. An admin will look at it.");

    const admin = await signedIn(browser, baseURL!, "demo-admin");
    await admin.goto("/admin/feedback");
    await expect(admin.getByRole("link", { name: "Reports" })).toHaveAttribute("aria-current", "page");
    const report = admin.getByRole("listitem").filter({ hasText: "It makes fun of my accent." });
    await expect(report).toContainText("feedback from Oliver Hughes on Wei Chen");
    await expect(report).toContainText("Say the numbers out loud");
    await report.getByRole("button", { name: /^Hide feedback/ }).click();
    await report.getByRole("button", { name: "Hide it" }).click();
    await expect(report).toContainText("Reason is required");
    await report.getByRole("textbox", { name: "Why hide it?" }).fill("Mocks the candidate's accent.");
    await report.getByRole("button", { name: "Hide it" }).click();
    await expect(admin.getByText("No open reports. Nothing needs you here.")).toBeVisible();

    await wei.reload();
    await expect(wei.getByRole("region", { name: "Oliver Hughes’s feedback for you" })).toContainText(
      "An admin hid this feedback after it was reported.",
    );
    await expect(wei.getByText("Say the numbers out loud")).toHaveCount(0);
  });
});
