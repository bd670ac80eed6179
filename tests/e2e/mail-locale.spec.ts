import { randomBytes, randomUUID } from "node:crypto";
import { expect, test } from "./support/fixtures";
import { e2eDatabase } from "./support/e2e-database";

// A person of this spec's own: their stored locale is what the test reads, and no other spec changes it.
const USER = `e2e-maillocale-${randomUUID().slice(0, 8)}`;

async function storedLocale(): Promise<string | null> {
  const db = await e2eDatabase();
  try {
    const { rows } = await db.query<{ locale: string | null }>(`SELECT locale FROM users WHERE id = $1`, [USER]);
    return rows[0]?.locale ?? null;
  } finally {
    await db.end();
  }
}

test.describe("e-mails follow the language of the person's pages (decision 0030)", () => {
  test.use({ locale: "en-US" });

  test("a page visit stores the browser's locale, and a visit in another language replaces it", async ({
    page,
    browser,
    baseURL,
  }) => {
    const token = randomBytes(32).toString("base64url");
    const db = await e2eDatabase();
    try {
      await db.query(`INSERT INTO users (id, email, name) VALUES ($1, $2, 'Locale Tester')`, [
        USER,
        `${USER}@test.mockloop.dev`,
      ]);
      await db.query(
        `INSERT INTO profiles (user_id, display_name, track, level, has_engineering_background, time_zone, languages, target_companies)
         VALUES ($1, 'Locale Tester', 'CANDIDATE', 'MID', false, 'Europe/London', ARRAY['English'], ARRAY[]::text[])`,
        [USER],
      );
      await db.query(
        `INSERT INTO sessions (id, session_token, user_id, expires) VALUES ($1, $2, $3, now() + interval '1 day')`,
        [randomUUID(), token, USER],
      );
    } finally {
      await db.end();
    }
    expect(await storedLocale()).toBeNull();

    await page.context().addCookies([{ name: "mockloop.session", value: token, url: baseURL! }]);
    await page.goto("/settings");
    await expect(page.locator("html")).toHaveAttribute("lang", "en-US");
    expect(await storedLocale()).toBe("en-US");

    // The same person in a German browser: their e-mails follow the latest visit.
    const german = await browser.newContext({ baseURL, locale: "de-DE" });
    try {
      await german.addCookies([{ name: "mockloop.session", value: token, url: baseURL! }]);
      const other = await german.newPage();
      await other.goto("/settings");
      await expect(other.getByRole("heading", { level: 1 })).toBeVisible();
      expect(await storedLocale()).toBe("de-DE");
    } finally {
      await german.close();
    }
  });
});
