import { readFile } from "node:fs/promises";
import type { Page } from "@playwright/test";
import { expect, test } from "./support/fixtures";

// demo-priya has the seed's fullest history: 8 system design and 6 technical depth interviews
// with released feedback. This spec only reads, so other specs may book with her freely.
const PRIYA = "demo-priya";

/** RFC 4180: quoted fields may hold commas, quotes ("") and line breaks (evidence does). */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (quoted) {
      field += c;
    } else if (c === ",") {
      endField();
    } else if (c === "\r" || c === "\n") {
      if (c === "\r" && text[i + 1] === "\n") i++;
      endRecord();
    } else {
      field += c;
    }
  }
  if (field !== "" || record.length > 0) endRecord();
  return records;
}

/** "Showing 1–20 of 14 interviews" → 14. */
async function totalShown(page: Page): Promise<number> {
  const text = await page.getByText(/\b\d+ interviews?, newest first/).innerText();
  const match = /of (\d+) interviews|^(\d+) interview/.exec(text);
  return Number(match?.[1] ?? match?.[2]);
}

test("a candidate with a dozen past interviews sees trends per competency and switches interview type", async ({
  page,
  signInAs,
}) => {
  await signInAs(PRIYA);

  await test.step("the progress page opens on the type with the most interviews, charts and tables drawn", async () => {
    await page.goto("/progress");
    await expect(page.getByRole("heading", { level: 1, name: "Progress" })).toBeVisible();
    const types = page.getByRole("navigation", { name: "Interview type" });
    await expect(types.getByRole("link", { name: /^System design/ })).toHaveAttribute("aria-current", "page");
    await expect(page.getByRole("heading", { level: 2, name: "System design", exact: true })).toBeVisible();
    await expect(page.getByText(/^\d+ scored interviews\./)).toBeVisible();

    const trends = page.getByTestId("competency-trend");
    await expect(trends).toHaveCount(6);
    const architecture = trends.filter({ has: page.getByRole("heading", { name: "Architecture" }) });
    // Charts draw only near the screen (lazy-trend-chart.tsx), and the learning path above pushes them down.
    await architecture.scrollIntoViewIfNeeded();
    // Two SVG lines per chart: the raw score and the calibrated one, each with a drawn path.
    const lines = architecture.locator("svg .recharts-line-curve");
    await expect(lines).toHaveCount(2);
    await expect(lines.first()).toHaveAttribute("d", /^M[\d.,\s-]+[LC]/);

    // The same numbers as a table, in the page for screen readers even before it is shown.
    const table = architecture.getByRole("table", { name: /^Architecture scores, oldest first/ });
    await expect(table.getByRole("row")).toHaveCount(9); // a header and 8 interviews
    await architecture.getByRole("button", { name: "Show as table" }).click();
    await expect(table).toBeVisible();
    await expect(table.getByRole("row").nth(1).getByRole("cell").first()).toHaveText(/^[1-4]$/);

    await expect(page.getByRole("heading", { name: /ready for .*System design/i })).toBeVisible();
    await expect(page.getByRole("table", { name: /Current level per competency/ }).getByRole("row")).toHaveCount(7);
    await expect(page.getByRole("link", { name: "Find a peer for System design" })).toHaveAttribute(
      "href",
      "/find?type=system-design",
    );
  });

  await test.step("switching to technical depth redraws everything for that type", async () => {
    await page
      .getByRole("navigation", { name: "Interview type" })
      .getByRole("link", { name: /^Technical depth/ })
      .click();
    await expect(page).toHaveURL(/\/progress\?type=technical-depth$/);
    await expect(page.getByRole("heading", { level: 2, name: "Technical depth", exact: true })).toBeVisible();
    const trends = page.getByTestId("competency-trend");
    // Five competencies plus code and query literacy (issue #24).
    await expect(trends).toHaveCount(6);
    const databases = trends.filter({ has: page.getByRole("heading", { name: "Databases & data" }) });
    await databases.scrollIntoViewIfNeeded();
    await expect(databases.locator("svg .recharts-line-curve")).toHaveCount(2);
    await expect(databases.getByRole("table", { name: /^Databases & data scores/ }).getByRole("row")).toHaveCount(7);
    await expect(page.getByRole("link", { name: "Find a peer for Technical depth" })).toHaveAttribute(
      "href",
      "/find?type=technical-depth",
    );
  });
});

test("the history narrows with filters kept in the address, and downloads as CSV", async ({ page, signInAs }) => {
  await signInAs(PRIYA);
  await page.goto("/history");
  await expect(page.getByRole("heading", { level: 1, name: "History" })).toBeVisible();
  const rows = page.getByTestId("history-row");
  await expect(rows.first()).toBeVisible();
  const everything = await totalShown(page);
  expect(everything).toBeGreaterThanOrEqual(14);
  // Solo practice rows (decision 0028) sit among them; the first live one opens its interview.
  const live = rows.filter({ has: page.locator('a[href^="/interviews/"]') }).first();
  await expect(live.getByRole("link").first()).toHaveAttribute("href", /^\/interviews\/.+/);
  await expect(live.getByRole("list", { name: "Scores per competency" }).getByRole("listitem").first()).toBeVisible();

  await test.step("filtering by type and role narrows the list", async () => {
    const filters = page.getByRole("search", { name: "Filter your history" });
    await filters.getByLabel("Interview type").selectOption("technical-depth");
    await filters.getByLabel("Your part").selectOption("CANDIDATE");
    await filters.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/[?&]type=technical-depth/);
    await expect(page).toHaveURL(/[?&]role=CANDIDATE/);
    await expect(page.getByText("of 6 interviews, newest first", { exact: false })).toBeVisible();
    await expect(rows).toHaveCount(6);
    for (const row of await rows.all()) {
      await expect(row.getByRole("heading", { level: 2 })).toHaveText(/^Technical depth/);
    }
    await expect(page.getByLabel("Interview type")).toHaveValue("technical-depth");
  });

  await test.step("a date range with nothing in it says so, and clearing brings everything back", async () => {
    await page.goto("/history?from=2001-01-01&to=2001-01-31");
    await expect(page.getByText("No interviews match these filters.")).toBeVisible();
    await page.getByRole("link", { name: "Clear filters" }).first().click();
    await expect(page).toHaveURL(/\/history$/);
    expect(await totalShown(page)).toBe(everything);
  });

  await test.step("the CSV holds a header and a row per score", async () => {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("link", { name: /^Download CSV/ }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const [header, ...records] = parseCsv(await readFile(await download.path(), "utf8"));
    expect(header).toEqual(
      expect.arrayContaining(["bookingId", "startsAt", "interviewType", "rubricVersion", "competencyKey", "score"]),
    );
    const column = (name: string) => header!.indexOf(name);
    // 8 system design interviews × 6 competencies and 6 technical depth × 6, at least.
    expect(records.length).toBeGreaterThanOrEqual(84);
    expect(records.every((r) => r.length === header!.length)).toBe(true);
    expect([...new Set(records.map((r) => r[column("interviewType")]))]).toEqual(
      expect.arrayContaining(["system-design", "technical-depth"]),
    );
    expect(records.map((r) => r[column("competencyKey")])).toContain("databases-data");
    expect(records.every((r) => /^[1-4]$/.test(r[column("score")]!))).toBe(true);
  });
});

test("an interviewer sees the feedback they gave, their ratings over time and how they grade", async ({
  page,
  signInAs,
}) => {
  await signInAs("demo-marcus");
  await page.goto("/progress?view=interviewer");
  await expect(
    page.getByRole("navigation", { name: "Whose progress" }).getByRole("link", { name: "As interviewer" }),
  ).toHaveAttribute("aria-current", "page");
  await expect(page.getByText("Feedback given")).toBeVisible();
  await expect(page.getByRole("heading", { name: "How you grade" })).toBeVisible();
  const ratings = page.getByRole("table", { name: /^Ratings from candidates/ });
  await expect(ratings.getByRole("row").nth(1)).toBeAttached();
  await expect(page.locator("svg .recharts-line-curve")).toHaveCount(1);
});
