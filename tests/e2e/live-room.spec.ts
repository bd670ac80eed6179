import { randomUUID } from "node:crypto";
import { readFile } from "node:fs/promises";
import type { Browser, BrowserContext, Locator, WebSocketRoute } from "@playwright/test";
import { expect, test, watchCsp, type Page } from "./support/fixtures";
import { e2eDatabase } from "./support/e2e-database";
import { createOwnUser as createUser, insertOwnBooking, signedInContext, type E2eDb as Db } from "./support/own-people";

// Two participants of a real booking in the live room, and an outsider. The people, the booking and
// its times are this spec's own (written to the e2e server's database); system design shows every panel
// while it runs and gets its defaults back at the end.

const suffix = randomUUID().slice(0, 8);
const CANDIDATE = `e2e-room-cand-${suffix}`;
const INTERVIEWER = `e2e-room-int-${suffix}`;
const OUTSIDER = `e2e-room-out-${suffix}`;

const setPanels = (db: Db, panels: string[]) =>
  db.query(`UPDATE interview_types SET live_panels = $1 WHERE slug = 'system-design'`, [panels]);

async function signedIn(
  db: Db,
  browser: Browser,
  baseURL: string,
  userId: string,
  cspViolations: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await signedInContext(db, browser, baseURL, userId, { acceptDownloads: true });
  const page = await context.newPage();
  await watchCsp(page, cspViolations);
  return { context, page };
}

/** Draws with Excalidraw's own tool shortcut: press the key on the canvas, then drag. */
async function draw(page: Page, key: string, from: [number, number], to: [number, number]) {
  const board = page.getByTestId("live-board");
  await board.scrollIntoViewIfNeeded();
  const box = (await board.boundingBox())!;
  // An empty spot of the canvas (right of the shape properties Excalidraw shows on the left), so the key goes to Excalidraw.
  await page.mouse.click(box.x + box.width - 250, box.y + box.height - 120);
  await page.keyboard.press(key);
  await page.mouse.move(box.x + from[0], box.y + from[1]);
  await page.mouse.down();
  await page.mouse.move(box.x + (from[0] + to[0]) / 2, box.y + (from[1] + to[1]) / 2, { steps: 4 });
  await page.mouse.move(box.x + to[0], box.y + to[1], { steps: 4 });
  await page.mouse.up();
  await page.keyboard.press("Escape");
}

const riskRows = (page: Page): Locator => page.getByTestId("table-risks").locator("tbody tr[data-row]");

test("two participants share the board and the panels live, offline edits merge, outsiders are refused, and the board stays with the feedback", async ({
  browser,
  baseURL,
  cspViolations,
}) => {
  test.slow();
  const db = await e2eDatabase();
  const bookingId = `e2e-room-${suffix}`;
  try {
    await createUser(db, CANDIDATE, "Rhea Candidate");
    await createUser(db, INTERVIEWER, "Ivo Interviewer");
    await createUser(db, OUTSIDER, "Otto Outsider");
    await setPanels(db, ["board", "requirements", "risks", "milestones", "stakeholders"]);
    const start = new Date(Date.now() - 60_000);
    await insertOwnBooking(db, { id: bookingId, candidate: CANDIDATE, interviewer: INTERVIEWER, start, minutes: 45 });

    const rhea = await signedIn(db, browser, baseURL!, CANDIDATE, cspViolations);
    const ivo = await signedIn(db, browser, baseURL!, INTERVIEWER, cspViolations);
    // Chromium's offline mode leaves open WebSockets alone, so Ivo's sockets pass through a route
    // that can drop them and refuse new ones while he is "offline".
    let ivoOffline = false;
    const ivoSockets = new Set<{ page: WebSocketRoute; server: WebSocketRoute }>();
    await ivo.context.routeWebSocket(/\/collab\//, async (ws) => {
      if (ivoOffline) return ws.close({ code: 4000 });
      ivoSockets.add({ page: ws, server: ws.connectToServer() });
    });
    const room = `/interviews/${bookingId}`;

    await test.step("both open the room and the shared workspace connects", async () => {
      await Promise.all([rhea.page.goto(room), ivo.page.goto(room)]);
      for (const { page } of [rhea, ivo]) {
        await expect(page.getByRole("heading", { name: "Shared workspace" })).toBeVisible();
        // The first connection waits for Excalidraw's chunk and for the sync server to be up (a busy machine).
        await expect(page.getByTestId("live-room")).toHaveAttribute("data-synced", "true", { timeout: 60_000 });
        await expect(page.getByTestId("live-board")).toHaveAttribute("data-element-count", "0");
      }
      await expect(rhea.page.getByTestId("presence")).toContainText("Ivo Interviewer");
    });

    await test.step("Rhea draws a box and an arrow; Ivo sees both", async () => {
      await draw(rhea.page, "r", [420, 220], [580, 320]);
      await expect(rhea.page.getByTestId("live-board")).toHaveAttribute("data-element-count", "1");
      await expect(ivo.page.getByTestId("live-board")).toHaveAttribute("data-element-count", "1");
      await draw(rhea.page, "a", [600, 270], [800, 270]);
      const board = ivo.page.getByTestId("live-board");
      await expect(board).toHaveAttribute("data-element-count", "2");
      await expect(board).toHaveAttribute("data-element-types", "arrow rectangle");
    });

    await test.step("both add a risk at the same moment and both rows remain", async () => {
      await Promise.all([
        rhea.page.getByRole("button", { name: "Add risk" }).click(),
        ivo.page.getByRole("button", { name: "Add risk" }).click(),
      ]);
      await expect(riskRows(rhea.page)).toHaveCount(2);
      await expect(riskRows(ivo.page)).toHaveCount(2);
      await rhea.page.getByRole("textbox", { name: "Risk, risk 1" }).fill("Vendor API late");
      await expect(ivo.page.getByRole("textbox", { name: "Risk, risk 1" })).toHaveValue("Vendor API late");
    });

    await test.step("Ivo goes offline, keeps writing, comes back, and Rhea sees it", async () => {
      ivoOffline = true;
      await ivo.context.setOffline(true);
      for (const socket of ivoSockets) {
        await socket.server.close();
        await socket.page.close({ code: 4000 });
      }
      ivoSockets.clear();
      await expect(ivo.page.getByTestId("sync-status")).not.toHaveAttribute("data-status", "connected");
      await ivo.page.getByRole("textbox", { name: "Requirements and estimates" }).fill("10k writes/s written offline");
      await ivo.page.getByRole("combobox", { name: "Likelihood, risk 2" }).selectOption("High");
      await expect(rhea.page.getByRole("textbox", { name: "Requirements and estimates" })).toHaveValue("");
      ivoOffline = false;
      await ivo.context.setOffline(false);
      // The provider retries with a growing delay: the edits arrive at its next attempt.
      await expect(rhea.page.getByRole("textbox", { name: "Requirements and estimates" })).toHaveValue(
        "10k writes/s written offline",
        { timeout: 30_000 },
      );
      await expect(rhea.page.getByRole("combobox", { name: "Likelihood, risk 2" })).toHaveValue("High");
    });

    await test.step("a third signed-in user cannot open the room nor its socket", async () => {
      const otto = await signedIn(db, browser, baseURL!, OUTSIDER, cspViolations);
      await otto.page.goto(room);
      await expect(otto.page.getByRole("heading", { level: 1, name: "We couldn't find that page" })).toBeVisible();
      await expect(otto.page.getByTestId("live-room")).toHaveCount(0);
      const outcome = await otto.page.evaluate(
        (id) =>
          new Promise<string>((resolve) => {
            const socket = new WebSocket(
              `${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/collab/${id}`,
            );
            socket.onopen = () => resolve("open");
            socket.onclose = (event) => resolve(`closed ${event.code}`);
          }),
        bookingId,
      );
      expect(outcome).not.toBe("open");
      await otto.context.close();
    });

    await test.step("after the interview the board is read-only, beside the feedback, for both", async () => {
      const ended = new Date(Date.now() - 60 * 60_000);
      await db.query(`UPDATE bookings SET starts_at = $2, ends_at = $3 WHERE id = $1`, [
        bookingId,
        new Date(ended.getTime() - 45 * 60_000),
        ended,
      ]);
      // The sync server stores a document a few seconds after its last change (Hocuspocus debounces).
      await expect
        .poll(
          async () => {
            const snapshot = (await (await rhea.page.request.get(`/api/v1/interviews/${bookingId}/board`)).json()) as {
              elements: unknown[];
              requirements: string;
            };
            return `${snapshot.elements.length} ${snapshot.requirements}`;
          },
          { timeout: 30_000 },
        )
        .toBe("2 10k writes/s written offline");
      for (const { page } of [rhea, ivo]) {
        await page.reload();
        const board = page.getByTestId("live-board");
        await expect(board).toHaveAttribute("data-read-only", "true");
        await expect(board).toHaveAttribute("data-element-count", "2");
        await expect(page.getByRole("button", { name: "Add risk" })).toHaveCount(0);
        await expect(page.getByRole("button", { name: "Service" })).toHaveCount(0);
        await expect(page.getByRole("heading", { name: "Risk register" })).toBeVisible();
        await expect(page.getByRole("cell", { name: "Vendor API late" })).toBeVisible();
      }
      await expect(ivo.page.getByRole("form", { name: "Your feedback on the candidate" })).toBeVisible();
    });

    await test.step("the board downloads as a valid SVG", async () => {
      const [download] = await Promise.all([
        rhea.page.waitForEvent("download"),
        rhea.page.getByRole("button", { name: "Download SVG" }).click(),
      ]);
      expect(download.suggestedFilename()).toBe(`mockloop-board-${bookingId}.svg`);
      const svg = await readFile(await download.path(), "utf8");
      expect(svg).toMatch(/^<svg[^>]*xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg.trimEnd()).toMatch(/<\/svg>$/);
      expect(svg).toContain("<path");
      const parsed = await rhea.page.evaluate(
        (text) => new DOMParser().parseFromString(text, "image/svg+xml").getElementsByTagName("parsererror").length,
        svg,
      );
      expect(parsed).toBe(0);
    });
  } finally {
    await setPanels(db, []);
    await db.end();
  }
});
