import { E2E_ORIGIN, expect, test } from "./support/fixtures";

test("an admin finds Kenji, suspends him (which signs him out) and unsuspends him", async ({
  page,
  signInAs,
  pageAs,
}) => {
  const kenjiPage = await pageAs("demo-kenji");
  await kenjiPage.goto("/dashboard");
  await expect(kenjiPage.getByRole("heading", { level: 1, name: "Welcome, Kenji Watanabe" })).toBeVisible();

  await signInAs("demo-admin");
  await page.goto("/admin/users");
  await page.getByRole("searchbox", { name: "Search by name or e-mail" }).fill("Kenji");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/users\?q=Kenji$/);
  await expect(page.getByText("1 person matches “Kenji”.")).toBeVisible();

  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2); // the header and Kenji
  const row = rows.filter({ hasText: "Kenji Watanabe" });
  await expect(row).toContainText("kenji@demo.mockloop.dev");
  await expect(row.getByRole("cell").filter({ hasText: "Active" })).toBeVisible();

  await row.getByRole("button", { name: "Suspend: Kenji Watanabe" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Suspend Kenji Watanabe?" });
  await expect(dialog).toContainText("signed out everywhere");
  await dialog.getByRole("button", { name: "Suspend", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByRole("cell").filter({ hasText: "Suspended" })).toBeVisible();

  // His open session is gone, and a demo sign-in as him is refused while suspended.
  await kenjiPage.goto("/dashboard");
  await expect(kenjiPage).toHaveURL(/\/sign-in$/);
  expect((await kenjiPage.request.post("/api/v1/auth/demo", { headers: E2E_ORIGIN, data: { userId: "demo-kenji" } })).status()).toBe(404);

  await row.getByRole("button", { name: "Unsuspend: Kenji Watanabe" }).click();
  await expect(row.getByRole("cell").filter({ hasText: "Active" })).toBeVisible();
  await signInAs("demo-kenji", kenjiPage);
  await kenjiPage.goto("/dashboard");
  await expect(kenjiPage).toHaveURL(/\/dashboard$/);
});

test("an admin can't remove their own admin role; the page says why", async ({ page, signInAs }) => {
  await signInAs("demo-admin");
  await page.goto("/admin/users?q=admin%40demo");
  const row = page.getByRole("row").filter({ hasText: "admin@demo.mockloop.dev" });
  await expect(row).toContainText("(you)");
  await row.getByRole("button", { name: /^Remove admin/ }).click();
  await expect(row.getByRole("alert")).toHaveText("You can't demote or suspend yourself. Ask another admin.");
  await expect(row.getByRole("cell").filter({ hasText: "Admin" }).first()).toBeVisible();
});

test("the user list pages 25 at a time and keeps the search in its links", async ({ page, signInAs }) => {
  await signInAs("demo-admin");
  await page.goto("/admin/users?q=zz-nobody");
  await expect(page.getByText("No one matches “zz-nobody”.")).toBeVisible();
  await expect(page.getByRole("table")).toHaveCount(0);

  await page.goto("/admin/users?q=demo.mockloop&page=1");
  await expect(page.getByRole("table").getByRole("row").nth(1)).toBeVisible();
  const count = await page.getByRole("table").getByRole("row").count();
  expect(count).toBeGreaterThan(1);
  expect(count).toBeLessThanOrEqual(26);
  await expect(page.getByRole("searchbox", { name: "Search by name or e-mail" })).toHaveValue("demo.mockloop");
  await page.goto("/admin/users?q=demo.mockloop&page=99");
  await expect(page.getByRole("link", { name: "Go to the first page" })).toHaveAttribute(
    "href",
    "/admin/users?q=demo.mockloop",
  );
});

test("an admin adds an interview type; bad fields get their own messages", async ({ page, signInAs }) => {
  await signInAs("demo-admin");
  await page.goto("/admin/users");
  await page.getByRole("navigation", { name: "Admin" }).getByRole("link", { name: "Interview types" }).click();
  await expect(page).toHaveURL(/\/admin\/interview-types$/);
  const list = page.getByRole("list", { name: "Interview types" });
  await expect(list).toContainText("System design");

  const form = page.getByRole("region", { name: "Add an interview type" });
  await form.getByRole("button", { name: "Add interview type" }).click();
  await expect(form.getByLabel("Name")).toBeFocused();
  await expect(form.getByLabel("Name")).toHaveAccessibleDescription(/at least 2 characters/);

  await form.getByLabel("Name").fill("Stakeholder management");
  await expect(form.getByLabel("Slug")).toHaveValue("stakeholder-management");
  await form.getByLabel("Length in minutes").fill("5");
  await form.getByLabel("Description").fill("Short");
  await form.getByRole("button", { name: "Add interview type" }).click();
  await expect(form.getByLabel("Length in minutes")).toHaveAccessibleDescription(/At least 15 minutes/);
  await expect(form.getByLabel("Length in minutes")).toBeFocused();
  await expect(form.getByLabel("Description")).toHaveAttribute("aria-invalid", "true");

  // A slug that is taken is a 409, shown on the slug field.
  await form.getByLabel("Slug").fill("system-design");
  await form.getByLabel("Length in minutes").fill("45");
  await form.getByLabel("Description").fill("Align many teams with different goals, and keep them aligned.");
  await form.getByRole("button", { name: "Add interview type" }).click();
  await expect(form.getByLabel("Slug")).toHaveAccessibleDescription(/already exists/);

  await form.getByLabel("Slug").fill("stakeholder-management");
  await form.getByRole("button", { name: "Add interview type" }).click();
  await expect(form.getByRole("status")).toContainText("Added “Stakeholder management”.");
  await expect(list).toContainText("stakeholder-management");
  await expect(form.getByLabel("Name")).toHaveValue("");
});

test("someone who isn't an admin gets a 404 for the admin pages", async ({ page, signInAs }) => {
  await signInAs("demo-priya");
  // The pages render "not found" (with a 200 status: app/loading.tsx streams every page); the API says 404.
  for (const path of ["/admin/users", "/admin/interview-types"]) {
    await page.goto(path);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("We couldn't find that page");
    await expect(page.getByRole("table")).toHaveCount(0);
  }
  expect((await page.request.get("/api/v1/admin/users?q=Kenji")).status()).toBe(404);
  await page.goto("/dashboard");
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Admin" })).toHaveCount(0);
});
