/**
 * Front-end figures for docs/benchmarks.md: the JavaScript each page makes a
 * first-time visitor download (every <script src> in its server-rendered HTML,
 * gzip-compressed as served), and Lighthouse 12's performance score for the
 * landing, Find a peer and progress pages in Debian's Chromium.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { CHROMIUM_ARGS, CHROMIUM_PATH } from "../../tests/e2e/support/chromium";
import { ensureChromium } from "../ensure-chromium";
import type { Fixtures } from "./fixtures";

const ROUTES: { name: string; path: string; signedIn: boolean }[] = [
  { name: "empty (404 page)", path: "/bench-no-such-page", signedIn: false },
  { name: "landing", path: "/", signedIn: false },
  { name: "sign-in", path: "/sign-in", signedIn: false },
  { name: "find a peer (booking)", path: "/find", signedIn: true },
  { name: "bookings", path: "/bookings", signedIn: true },
  { name: "progress", path: "/progress", signedIn: true },
  { name: "history", path: "/history", signedIn: true },
  { name: "dashboard", path: "/dashboard", signedIn: true },
];

async function firstLoadJs(base: string, path: string, cookie: string | undefined, cache: Map<string, number>) {
  const response = await fetch(base + path, { headers: cookie ? { cookie } : {}, redirect: "manual" });
  const html = await response.text();
  const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map((m) => m[1]!);
  let total = 0;
  for (const src of new Set(scripts)) {
    if (!cache.has(src)) {
      const body = Buffer.from(await (await fetch(new URL(src, base))).arrayBuffer());
      cache.set(src, gzipSync(body).length);
    }
    total += cache.get(src)!;
  }
  return { status: response.status, kb: total / 1024, files: scripts.length };
}

export async function frontEndReport(
  base: string,
  fixtures: Fixtures,
  say: (line: string) => void,
  saveDir?: string,
): Promise<void> {
  const cookie = `mockloop.session=${fixtures.progress[0]!.session}`;
  const cache = new Map<string, number>();
  console.log("\nfirst-load JS (gzip) per route:");
  let empty = 0;
  for (const route of ROUTES) {
    const r = await firstLoadJs(base, route.path, route.signedIn ? cookie : undefined, cache);
    if (route.path.startsWith("/bench-no-such")) empty = r.kb;
    console.log(
      `  ${route.name.padEnd(24)} ${route.path.padEnd(22)} ${r.kb.toFixed(1).padStart(7)} kB in ${r.files} files (HTTP ${r.status})${empty ? `  ${(r.kb / empty).toFixed(2)}× empty` : ""}`,
    );
  }

  // Lighthouse is ESM-only; Chromium is Debian's (Playwright's download is blocked here).
  if (!(await ensureChromium(say, "Lighthouse"))) {
    say("Lighthouse skipped: no Chromium");
    return;
  }
  const { default: lighthouse } = await import("lighthouse");
  const chromeLauncher = await import("chrome-launcher");
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM_PATH,
    chromeFlags: ["--headless=new", ...CHROMIUM_ARGS],
  });
  try {
    console.log("\nLighthouse 12 performance (mobile defaults, simulated throttling):");
    for (const route of ROUTES.filter((r) => ["/", "/find", "/progress"].includes(r.path))) {
      const result = await lighthouse(base + route.path, {
        port: chrome.port,
        output: "json",
        logLevel: "error",
        onlyCategories: ["performance"],
        ...(route.signedIn ? { extraHeaders: { Cookie: cookie } } : {}),
      });
      const lhr = result?.lhr;
      if (saveDir && lhr) {
        mkdirSync(saveDir, { recursive: true });
        writeFileSync(path.join(saveDir, `${route.name.split(" ")[0]}.json`), JSON.stringify(lhr));
      }
      const score = Math.round((lhr?.categories.performance?.score ?? 0) * 100);
      const metric = (id: string) => lhr?.audits[id]?.displayValue ?? "–";
      console.log(
        `  ${route.name.padEnd(24)} ${String(score).padStart(3)}  FCP ${metric("first-contentful-paint")}, LCP ${metric("largest-contentful-paint")}, TBT ${metric("total-blocking-time")}, CLS ${metric("cumulative-layout-shift")}`,
      );
    }
  } finally {
    chrome.kill();
  }
  say("front-end figures done");
}
