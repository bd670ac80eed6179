import AxeBuilder from "@axe-core/playwright";
import { expect, signIn as signInDemo, test, type Page } from "./support/fixtures";

/**
 * axe (WCAG 2.1 A and AA) on every page, signed out and signed in as each role, at a desktop and a
 * phone width: no serious or critical violation. A failure names the page, the width and the rules.
 */
const WIDTHS = [
  { name: "desktop", width: 1280, height: 900 },
  { name: "phone", width: 390, height: 844 },
] as const;

type Role = "anonymous" | "demo-priya" | "demo-oliver" | "demo-admin";

// Pages with an id in the path are found by following links from a list, as a person would.
type Entry = string | { from: string; follow: string[] };
const PAGES: Record<Role, Entry[]> = {
  anonymous: ["/", "/sign-in", "/sign-in/check-email", "/no-such-page"],
  "demo-priya": [
    "/dashboard",
    "/onboarding",
    "/find",
    "/match",
    "/bookings",
    "/bookings?when=past",
    { from: "/bookings?when=past", follow: ['a[href^="/bookings/"]'] },
    "/history",
    "/progress",
    "/questions",
    { from: "/questions", follow: ['main a[href^="/questions/"]:not([href="/questions/new"])'] },
    "/questions/new",
    "/practice",
    { from: "/practice", follow: ['main a[href^="/practice/new?question="]'] },
    "/practice/demo-solo-1", // handed in: the answer, self-scores and the guide (prisma/seed-data/solo-attempts.ts)
    "/practice/demo-solo-4", // still open: the timer and the self-scoring form
    "/settings",
    "/settings/availability",
  ],
  "demo-oliver": [
    "/dashboard",
    "/bookings",
    { from: "/bookings?when=past", follow: ['a[href^="/bookings/"]', 'a[href^="/interviews/"]'] },
    "/progress",
    "/people/demo-priya",
  ],
  "demo-admin": [
    "/admin/users",
    "/admin/feedback",
    "/admin/interview-types",
    "/admin/jobs",
    "/admin/questions",
    "/admin/rubrics",
    { from: "/admin/rubrics", follow: ['main a[href^="/admin/rubrics/"]'] },
  ],
};

async function signIn(page: Page, role: Role) {
  if (role === "anonymous") return;
  await signInDemo(page.request, role);
}

async function resolvePath(page: Page, entry: Entry): Promise<string> {
  if (typeof entry === "string") return entry;
  await page.goto(entry.from);
  for (const selector of entry.follow) {
    const link = page.locator(selector).first();
    await expect(link, `a link ${selector} on ${page.url()}`).toBeVisible();
    await page.goto((await link.getAttribute("href"))!);
  }
  return new URL(page.url()).pathname;
}

/** axe's serious and critical findings on the page as it is now, at `width`. */
async function violations(page: Page, path: string, width: string): Promise<string[]> {
  // Client-rendered content must be there before axe looks: wait for the page's main landmark
  // and for any loading skeleton to be gone.
  await expect(page.locator("main").first()).toBeVisible();
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  // Only violations are reported in full, and a page without frames is checked in legacy mode (in the page
  // itself, not finished in a second, new page): the same findings at half the time (docs/benchmarks.md).
  // Legacy mode would miss what is inside a frame, so a page with one gets the full run.
  const result = await new AxeBuilder({ page })
    .options({ resultTypes: ["violations"] })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .setLegacyMode(page.frames().length === 1)
    .analyze();
  return result.violations
    .filter((violation) => violation.impact === "serious" || violation.impact === "critical")
    .map((violation) => {
      const where = violation.nodes
        .slice(0, 3)
        .map((node) => node.target.join(" "))
        .join("; ");
      return `${path} at ${width} width: ${violation.id} (${violation.impact}, ${violation.nodes.length}×) — ${where}`;
    });
}

for (const [role, entries] of Object.entries(PAGES) as [Role, (typeof PAGES)[Role]][]) {
  test(`no serious accessibility violations: ${role}`, async ({ page }) => {
    // axe takes seconds a page: the limit grows with the list instead of one fixed minute for all.
    test.setTimeout(30_000 + entries.length * 20_000);
    await signIn(page, role);
    const problems: string[] = [];
    for (const entry of entries) {
      const [desktop, phone] = WIDTHS;
      await page.setViewportSize({ width: desktop.width, height: desktop.height });
      const path = await resolvePath(page, entry);
      await page.goto(path);
      problems.push(...(await violations(page, path, desktop.name)));
      // Each page is loaded once and narrowed to a phone's width, rather than loaded again: what differs
      // between the widths is layout (media queries), which a resize applies; two frames let it settle.
      await page.setViewportSize({ width: phone.width, height: phone.height });
      await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
      problems.push(...(await violations(page, path, phone.name)));
    }
    expect(problems, `axe as ${role}`).toEqual([]);
  });
}
