import os from "node:os";
import { defineConfig } from "@playwright/test";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "./tests/e2e/support/chromium";

// End-to-end tests run against a production build (`next start`) with a database of their own.
const port = Number(process.env.E2E_PORT ?? 3107);
// localhost, not 127.0.0.1: Next reports request URLs as localhost, and Auth.js redirects there.
export const baseURL = `http://localhost:${port}`;
// Each spec makes its own people and data (tests/e2e/support/own-people.ts), so specs run side by side, one worker a core.
const workers = Number(process.env.E2E_WORKERS ?? Math.max(2, os.availableParallelism()));
// The platform specs each start a whole `npm start` (embedded PostgreSQL, two app processes): one at a time, beside
// the browser specs, so two start-ups never starve the shared server's pages of CPU together.
const PLATFORM = /platform-[^/]*\.spec\.ts$/;

export default defineConfig({
  testDir: "tests/e2e",
  // Tests run side by side, across files and within one; a file whose tests build on each other says so
  // (`test.describe.configure({ mode: "default" })`: in order, in one worker).
  fullyParallel: true,
  workers,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [["list"]] : [["list"], ["html", { open: "never" }]],
  use: {
    baseURL,
    // Pages write dates in the browser's language (decision 0030); the specs were written reading en-GB.
    // tests/e2e/locale.spec.ts sets others.
    locale: "en-GB",
    // Here a failed test keeps its trace with DOM snapshots of every step (the screencast is left out: it cost a third
    // more CPU). In CI, whose clone nobody opens afterwards, no trace: recording one cost every test, passed or not,
    // a quarter more CPU (decision 0040); a failure there is read from the log's error and call log.
    trace: process.env.CI ? "off" : { mode: "retain-on-failure", screenshots: false, snapshots: true },
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  // The platform specs first: listed last, they ran after every browser spec, one at a time on one worker while the
  // other had nothing left to do (100 s at the end of every run).
  projects: [
    { name: "platform", use: { browserName: "chromium" }, testMatch: PLATFORM, workers: 1 },
    { name: "chromium", use: { browserName: "chromium" }, testIgnore: PLATFORM },
  ],
  webServer: {
    command: "node --import tsx tests/e2e/support/e2e-server.ts",
    url: `${baseURL}/api/v1/health`,
    env: { E2E_PORT: String(port) },
    reuseExistingServer: false,
    timeout: 120_000,
    stdout: "ignore",
    stderr: "pipe",
    gracefulShutdown: { signal: "SIGTERM", timeout: 20_000 },
  },
});
