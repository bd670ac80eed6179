import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { envSchema } from "../../lib/env";

// The README's configuration table is the operator's list of variables: it must match lib/env.ts exactly.
const readme = readFileSync(path.resolve(__dirname, "../../README.md"), "utf8");
const schemaKeys = Object.keys(envSchema.shape).sort();

function section(markdown: string, heading: string): string {
  const lines = markdown.split(/\r?\n/);
  const start = lines.findIndex((l) => new RegExp(`^##\\s+${heading}\\s*$`, "i").test(l));
  if (start === -1) throw new Error(`README has no "## ${heading}" section`);
  const end = lines.findIndex((l, i) => i > start && /^##\s/.test(l));
  return lines.slice(start + 1, end === -1 ? undefined : end).join("\n");
}

const tableRows = section(readme, "Configuration")
  .split("\n")
  .filter((l) => l.trim().startsWith("|"))
  .slice(2); // header and separator
const cells = (row: string) =>
  row
    .split("|")
    .slice(1, -1)
    .map((c) => c.trim());

// UPPER_CASE: an all-caps identifier with an underscore, or any all-caps word in backticks (e.g. `PORT`).
const UPPER_CASE = /\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b|(?<=`)[A-Z][A-Z0-9_]*(?=`)/g;

describe("README configuration table", () => {
  it("has one row per variable, named in the first column", () => {
    expect(tableRows.length).toBeGreaterThan(0);
    const named = tableRows.map((row) => cells(row)[0]?.replaceAll("`", "") ?? "");
    expect([...named].sort()).toEqual(schemaKeys);
  });

  it("lists every variable in lib/env.ts", () => {
    const text = tableRows.join("\n");
    for (const key of schemaKeys) expect(text, `README table is missing ${key}`).toContain(`\`${key}\``);
  });

  it("mentions no UPPER_CASE variable that lib/env.ts does not know", () => {
    const mentioned = new Set(tableRows.flatMap((row) => row.match(UPPER_CASE) ?? []));
    for (const name of mentioned)
      expect(schemaKeys, `README table mentions ${name}, which is not in lib/env.ts`).toContain(name);
  });

  it("gives every row a default and a meaning", () => {
    for (const row of tableRows) {
      const [name, byDefault, meaning] = cells(row);
      expect(byDefault, `${name} needs a default (or "none")`).toBeTruthy();
      expect(meaning, `${name} needs a meaning`).toBeTruthy();
    }
  });
});

describe("README quick start", () => {
  it("starts with npm install && npm start and tests with npm test", () => {
    const quickStart = section(readme, "Quick start");
    expect(quickStart).toContain("npm install && npm start");
    expect(quickStart).toContain("npm test");
  });

  it("names only npm scripts that exist", () => {
    const scripts = (
      JSON.parse(readFileSync(path.resolve(__dirname, "../../package.json"), "utf8")) as {
        scripts: Record<string, string>;
      }
    ).scripts;
    const used = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((m) => m[1]!);
    for (const name of used) expect(Object.keys(scripts), `npm run ${name}`).toContain(name);
  });
});
