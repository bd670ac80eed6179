import { E2E_ORIGIN, expect, test } from "./support/fixtures";

// Ananya is suspended here and signed in by no other spec: specs run side by side, and a suspension signs her out.
test("an admin finds Ananya, suspends her (which signs her out) and unsuspends her", async ({
  page,
  signInAs,
  pageAs,
}) => {
  const ananyaPage = await pageAs("demo-ananya");
  await ananyaPage.goto("/dashboard");
  await expect(ananyaPage.getByRole("heading", { level: 1, name: "Welcome, Ananya Iyer" })).toBeVisible();

  await signInAs("demo-admin");
  await page.goto("/admin/users");
  await page.getByRole("searchbox", { name: "Search by name or e-mail" }).fill("Ananya");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/admin\/users\?q=Ananya$/);
  await expect(page.getByText("1 person matches “Ananya”.")).toBeVisible();

  const rows = page.getByRole("table").getByRole("row");
  await expect(rows).toHaveCount(2); // the header and Ananya
  const row = rows.filter({ hasText: "Ananya Iyer" });
  await expect(row).toContainText("ananya@demo.mockloop.dev");
  await expect(row.getByRole("cell").filter({ hasText: "Active" })).toBeVisible();

  await row.getByRole("button", { name: "Suspend: Ananya Iyer" }).click();
  const dialog = page.getByRole("alertdialog", { name: "Suspend Ananya Iyer?" });
  await expect(dialog).toContainText("signed out everywhere");
  await dialog.getByRole("button", { name: "Suspend", exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(row.getByRole("cell").filter({ hasText: "Suspended" })).toBeVisible();

  // Her open session is gone, and a demo sign-in as her is refused while suspended.
  await ananyaPage.goto("/dashboard");
  await expect(ananyaPage).toHaveURL(/\/sign-in$/);
  expect(
    (
      await ananyaPage.request.post("/api/v1/auth/demo", { headers: E2E_ORIGIN, data: { userId: "demo-ananya" } })
    ).status(),
  ).toBe(404);

  await row.getByRole("button", { name: "Unsuspend: Ananya Iyer" }).click();
  await expect(row.getByRole("cell").filter({ hasText: "Active" })).toBeVisible();
  await signInAs("demo-ananya", ananyaPage);
  await ananyaPage.goto("/dashboard");
  await expect(ananyaPage).toHaveURL(/\/dashboard$/);
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

// The new type's name starts with a letter no seeded type's does, so the type-ahead in keyboard.spec, which may run
// beside this spec, still lands on "System design".
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

  await form.getByLabel("Name").fill("Whiteboard walkthrough");
  await expect(form.getByLabel("Slug")).toHaveValue("whiteboard-walkthrough");
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

  await form.getByLabel("Slug").fill("whiteboard-walkthrough");
  await form.getByRole("button", { name: "Add interview type" }).click();
  await expect(form.getByRole("status")).toContainText("Added “Whiteboard walkthrough”.");
  await expect(list).toContainText("whiteboard-walkthrough");
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
