/**
 * `npm run screenshots`: pictures of the main pages at a desktop and a phone width, from the demo data, for
 * the README (docs/screenshots/). Serves the current build the way the end-to-end tests do (a fresh database
 * with the demo seed), so the pictures stay true to the code: run it after a change to a page.
 */
import { spawn } from "node:child_process";
import { mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { buildIfNeeded } from "../lib/platform/build-state";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../tests/e2e/support/chromium";
import { ensureChromium } from "./ensure-chromium";

const root = process.cwd();
const port = process.env.SCREENSHOTS_PORT ?? "3177";
const base = `http://localhost:${port}`;
const out = path.join(root, "docs", "screenshots");
const say = (line: string) => console.log(`[screenshots] ${line}`);

const WIDTHS = [
  { name: "desktop", width: 1280, height: 860 },
  { name: "phone", width: 390, height: 844 },
] as const;

// What someone choosing MockLoop wants to see: finding a peer, the room, feedback, progress.
const SHOTS: { file: string; as: string | null; path: string; ready: (page: Page) => Promise<unknown> }[] = [
  { file: "landing", as: null, path: "/", ready: (p) => p.getByRole("heading", { level: 1 }).waitFor() },
  {
    file: "find-a-peer",
    as: "demo-priya",
    path: "/find",
    ready: async (p) => {
      // Late in the week there may be nothing left: show the next one, as a person would.
      const status = p.getByRole("status").filter({ hasText: /open times? this week/ });
      await status.waitFor();
      if (/^No open/.test((await status.textContent()) ?? "")) {
        await p.getByRole("button", { name: "Next week", exact: true }).click();
        await p
          .getByRole("status")
          .filter({ hasText: /^\d+ open times? this week/ })
          .waitFor();
      }
    },
  },
  {
    file: "progress",
    as: "demo-priya",
    path: "/progress",
    ready: (p) => p.getByTestId("competency-trend").first().waitFor(),
  },
  {
    file: "interview-room",
    as: "demo-oliver",
    path: "/interviews/seed-await-wei-oliver",
    ready: (p) => p.getByRole("heading", { name: "Interviewer guide" }).waitFor(),
  },
  { file: "history", as: "demo-priya", path: "/history", ready: (p) => p.getByRole("list").first().waitFor() },
];

async function waitForHealth(deadline: number) {
  while (Date.now() < deadline) {
    const ok = await fetch(`${base}/api/v1/health`)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`the app did not answer at ${base} within two minutes`);
}

async function main() {
  if (!(await ensureChromium(say, "the screenshots"))) process.exit(1);
  if (!(await buildIfNeeded(root, process.env, say))) process.exit(1);
  const server = spawn(path.join(root, "node_modules", ".bin", "tsx"), ["tests/e2e/support/e2e-server.ts"], {
    cwd: root,
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, E2E_PORT: port, LOG_LEVEL: "warn" },
  });
  try {
    await waitForHealth(Date.now() + 120_000);
    mkdirSync(out, { recursive: true });
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    for (const size of WIDTHS) {
      for (const shot of SHOTS) {
        const context = await browser.newContext({
          baseURL: base,
          viewport: { width: size.width, height: size.height },
          deviceScaleFactor: 1,
          timezoneId: "Asia/Kolkata",
        });
        const page = await context.newPage();
        // Demo sign-in sets a cookie, so like every cookie write it must say it comes from MockLoop's own origin.
        if (shot.as) {
          const signedIn = await page.request.post("/api/v1/auth/demo", {
            data: { userId: shot.as },
            headers: { origin: base },
          });
          if (signedIn.status() !== 204) throw new Error(`demo sign-in as ${shot.as} answered ${signedIn.status()}`);
        }
        await page.goto(shot.path);
        await shot.ready(page);
        const file = path.join(out, `${shot.file}-${size.name}.png`);
        await page.screenshot({ path: file });
        say(`wrote ${path.relative(root, file)}`);
        await context.close();
      }
    }
    await browser.close();
  } finally {
    server.kill("SIGTERM");
    await new Promise((r) => server.once("exit", r));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
