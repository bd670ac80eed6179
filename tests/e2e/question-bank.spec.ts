import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

async function searchBank(page: Page, words: string) {
  await page.goto("/questions");
  await page.getByRole("searchbox", { name: "Search questions" }).fill(words);
  await page.getByRole("searchbox", { name: "Search questions" }).press("Enter");
  await expect(page).toHaveURL(new RegExp(`[?&]q=${encodeURIComponent(words).replaceAll("%20", "\\+")}`));
}

test("a proposal waits for review, stays out of search, and is found by others once approved", async ({
  page,
  signInAs,
  pageAs,
}) => {
  // A made-up word, unique per run, so search can only find this question by it.
  const word = `zephyrquill${Date.now().toString(36)}`;
  const title = `Design the ${word} notification fan-out`;

  await signInAs("demo-wei");
  await page.goto("/questions");
  await page.getByRole("link", { name: "Propose a question" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Propose a question" })).toBeVisible();

  // The browser checks with the API's schema before anything is sent.
  await page.getByRole("button", { name: "Send for review" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "need a change" })).toBeVisible();
  await expect(page.getByLabel("Interview type")).toHaveAccessibleDescription("Choose an interview type");
  await expect(page.getByLabel("Interview type")).toBeFocused();

  await page.getByLabel("Interview type").selectOption({ label: "System design" });
  await page.getByRole("radio", { name: "Medium" }).check();
  await page.getByLabel("Title", { exact: true }).fill(title);
  await page
    .getByLabel("The question, as the interviewer asks it")
    .fill("Our app sends a million push notifications an hour. Design the fan-out so nobody gets a message twice.");
  await page
    .getByLabel("Interviewer's guide")
    .fill(
      "## What a strong answer covers\n- Idempotency keys per recipient\n- Queues with retries and a dead-letter queue",
    );
  await page.getByLabel("Tags (optional)").fill("Notifications, fan-out");
  await page.getByRole("checkbox", { name: /Architecture/ }).check();
  await page.getByRole("button", { name: "Send for review" }).click();

  await expect(page).toHaveURL(/\/questions\/[^/]+$/);
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(page.getByRole("status").filter({ hasText: "Pending review" })).toBeVisible();
  await expect(page.getByRole("list", { name: "Tags" })).toContainText("notifications");
  // The author may read their own guide.
  await expect(page.getByText("Idempotency keys per recipient")).toBeVisible();

  await page.goto("/questions?status=MINE");
  const proposal = page.getByRole("list", { name: "My proposals" }).getByRole("article", { name: title });
  await expect(proposal).toContainText("Pending review");

  const kenji = await pageAs("demo-kenji");
  await searchBank(kenji, word);
  await expect(kenji.getByText(`0 questions match “${word}”.`)).toBeVisible();
  await expect(kenji.getByRole("link", { name: "clear the filters" })).toBeVisible();

  const admin = await pageAs("demo-admin");
  await admin.goto("/admin/questions");
  await expect(admin.getByRole("link", { name: "Pending review", exact: false }).first()).toHaveAttribute(
    "aria-current",
    "page",
  );
  const item = admin.getByRole("article", { name: title });
  await expect(item).toContainText("Proposed by Wei Chen");
  await expect(item).toContainText("Idempotency keys per recipient");
  await item.getByRole("button", { name: `Approve: ${title}` }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Approved “${title}”` })).toBeVisible();
  await expect(item).toHaveCount(0);

  await searchBank(kenji, word);
  await expect(kenji.getByText(`1 question matches “${word}”.`)).toBeVisible();
  const result = kenji.getByRole("list", { name: "Questions" }).getByRole("article");
  await expect(result).toHaveCount(1);
  await expect(result.getByRole("heading", { name: title })).toBeVisible();
  await result.getByRole("link", { name: title }).click();
  await expect(kenji.getByRole("heading", { level: 1, name: title })).toBeVisible();
  await expect(
    kenji.getByText("The interviewer's guide opens for you after your interview with this question ends."),
  ).toBeVisible();
  await expect(kenji.getByText("Idempotency keys per recipient")).toHaveCount(0);

  await page.reload();
  await expect(page.getByRole("list", { name: "My proposals" }).getByRole("article", { name: title })).toContainText(
    "Approved",
  );

  await kenji.context().close();
  await admin.context().close();
});

test("searching a seeded topic puts the title match first; filters live in the URL", async ({ page, signInAs }) => {
  await signInAs("demo-kenji");
  await searchBank(page, "rate limiter");
  // Other seeded questions mention rate limiting only in their guides, which Kenji may not read (decision 0018).
  await expect(page.getByRole("heading", { level: 2 })).toContainText(/match(es)? “rate limiter”/);
  const results = page.getByRole("list", { name: "Questions" }).getByRole("article");
  await expect(results.first().getByRole("heading")).toHaveText("Design a rate limiter for a public API");

  await page.getByLabel("Difficulty").selectOption({ label: "Easy" });
  await page.getByLabel("Interview type").selectOption({ label: "Behavioural & leadership" });
  await page.getByRole("button", { name: "Search", exact: true }).click();
  await expect(page).toHaveURL(/type=behavioral-leadership/);
  await expect(page.getByText("Nothing matches these filters.")).toBeVisible();
  await page.getByRole("link", { name: "Clear filters" }).click();
  await expect(page).toHaveURL(/\/questions$/);
  await expect(page.getByText(/questions in the bank\.$/)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Pages of questions" })).toContainText(/Page 1 of \d+/);
});

test("anyone can read a question's Learn block while its guide stays closed", async ({ page, signInAs }) => {
  await signInAs("demo-kenji");
  await searchBank(page, "rate limiter");
  await page.getByRole("link", { name: "Design a rate limiter for a public API" }).click();
  const learn = page.getByRole("region", { name: "Learn" });
  await expect(learn.getByRole("heading", { name: "Key terms" })).toBeVisible();
  await expect(learn.getByText("Token bucket", { exact: true })).toBeVisible();
  await expect(learn.getByRole("listitem").first()).toContainText("(");
  await expect(
    page.getByText("The interviewer's guide opens for you after your interview with this question ends."),
  ).toBeVisible();
});

test("an admin publishes a new version of the product-sense rubric", async ({ page, signInAs }) => {
  await signInAs("demo-admin");
  await page.goto("/admin/rubrics");
  const row = page.getByRole("row").filter({ has: page.getByRole("rowheader", { name: /^Product sense/ }) });
  const before = Number(
    (
      await row
        .getByRole("cell")
        .filter({ hasText: /^Version \d+$/ })
        .textContent()
    )?.match(/\d+/)?.[0],
  );
  expect(before).toBeGreaterThanOrEqual(1);
  await row.getByRole("link", { name: "Edit the Product sense rubric" }).click();

  await expect(page.getByRole("heading", { name: "Product sense rubric" })).toBeVisible();
  await expect(page.getByText("Weights add up to 1.00 ✓")).toBeVisible();

  const first = page.getByRole("group", { name: /^Competency 1:/ });
  const weight = first.getByLabel("Weight");
  const original = await weight.inputValue();
  await weight.fill(String(Number(original) + 0.1));
  await expect(page.getByText(/Weights add up to 1\.10\. They need to add up to 1\.00\./)).toBeVisible();
  await weight.fill(original);
  await expect(page.getByText("Weights add up to 1.00 ✓")).toBeVisible();

  const descriptor = `Talks only about features, never names a user. (edited ${Date.now().toString(36)})`;
  await first.getByLabel("1 Well below the bar").fill(descriptor);
  const preview = page.getByRole("table");
  await expect(preview.getByRole("columnheader", { name: "4 Well above the bar" })).toBeVisible();
  await expect(preview.getByRole("cell", { name: descriptor })).toBeVisible();

  await page.getByRole("button", { name: `Publish as version ${before + 1}` }).click();
  await expect(page).toHaveURL(/\/admin\/rubrics\?published=product-sense/);
  await expect(page.getByRole("status").filter({ hasText: "Published" })).toContainText(
    `Published version ${before + 1} of the Product sense rubric`,
  );
  await expect(row.getByRole("cell", { name: `Version ${before + 1}` })).toBeVisible();

  // The new version is what the API serves now.
  const current = await page.request.get("/api/v1/rubrics/product-sense");
  const body = (await current.json()) as { version: number; competencies: { descriptors: string[] }[] };
  expect(body.version).toBe(before + 1);
  expect(body.competencies[0]?.descriptors[0]).toBe(descriptor);
});

test("an admin rejects one proposal with a reason and edits another before approving it", async ({
  page,
  signInAs,
  pageAs,
  baseURL,
}) => {
  const run = Date.now().toString(36);
  const propose = async (title: string) => {
    const response = await page.request.post("/api/v1/questions", {
      headers: { origin: baseURL! },
      data: {
        interviewType: "program-execution",
        title,
        prompt: "Your launch date is fixed but two teams are late. Walk me through what you do this week.",
        guide: "A strong answer re-plans with the teams, cuts scope openly and tells stakeholders early.",
        difficulty: "MEDIUM",
        tags: ["launch"],
        companies: [],
        competencyKeys: [],
      },
    });
    expect(response.status()).toBe(201);
  };
  await signInAs("demo-wei");
  const rejected = `Two late teams and a fixed date ${run}`;
  const edited = `Recovering a slipping launch ${run}`;
  await propose(rejected);
  await propose(edited);

  const admin = await pageAs("demo-admin");
  await admin.goto("/admin/questions");

  const first = admin.getByRole("article", { name: rejected });
  await first.getByRole("button", { name: "Reject" }).click();
  await first.getByRole("button", { name: "Reject and tell the author" }).click();
  await expect(first.getByLabel("Why isn't it ready?")).toHaveAccessibleDescription(
    /Say why, so the author can improve it/,
  );
  await first
    .getByLabel("Why isn't it ready?")
    .fill("Very close to “Data centre exit”. Could you make the constraint different?");
  await first.getByRole("button", { name: "Reject and tell the author" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Sent “${rejected}” back` })).toBeVisible();
  await expect(first).toHaveCount(0);

  const second = admin.getByRole("article", { name: edited });
  await second.getByRole("button", { name: "Edit & approve" }).click();
  await expect(second.getByLabel("Title", { exact: true })).toHaveValue(edited);
  await second.getByLabel("Title", { exact: true }).fill(`${edited} (edited)`);
  await second.getByRole("radio", { name: "Hard" }).check();
  await second.getByRole("button", { name: "Save changes and approve" }).click();
  await expect(admin.getByRole("status").filter({ hasText: `Approved “${edited}”` })).toBeVisible();
  await expect(second).toHaveCount(0);

  await page.goto("/questions?status=MINE");
  const mine = page.getByRole("list", { name: "My proposals" });
  const rejectedCard = mine.getByRole("article", { name: rejected });
  await expect(rejectedCard).toContainText("Not accepted");
  await expect(rejectedCard).toContainText("Could you make the constraint different?");
  const approvedCard = mine.getByRole("article", { name: `${edited} (edited)` });
  await expect(approvedCard).toContainText("Approved");
  await expect(approvedCard).toContainText("Hard");

  await admin.context().close();
});
