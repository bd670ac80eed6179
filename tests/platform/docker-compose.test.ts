import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { envSchema } from "../../lib/env";

/**
 * Docker cannot run on our machines (no engine, no compose plugin), so the
 * compose file and Dockerfile are checked by reading them: the wiring between
 * services, and that every variable they set is one lib/env.ts knows.
 */
const root = path.resolve(__dirname, "../..");
const read = (file: string) => readFileSync(path.join(root, file), "utf8");

interface Service {
  image?: string;
  build?: string | { context?: string; dockerfile?: string; target?: string };
  environment?: Record<string, string | number | boolean | null> | string[];
  depends_on?: string[] | Record<string, { condition?: string }>;
  healthcheck?: { test?: string | string[] };
  volumes?: (string | { source?: string; target?: string })[];
  ports?: (string | number | { target?: number; published?: string | number })[];
  command?: string | string[];
}

const compose = parse(read("docker-compose.yml")) as {
  version?: unknown;
  services: Record<string, Service>;
  volumes?: Record<string, unknown>;
};
const services = compose.services;
const schemaKeys = Object.keys(envSchema.shape) as (keyof typeof envSchema.shape)[];

function environmentOf(service: Service): Record<string, string> {
  const env = service.environment ?? {};
  if (Array.isArray(env)) {
    return Object.fromEntries(
      env.map((entry) => {
        const at = entry.indexOf("=");
        return at === -1 ? [entry, ""] : [entry.slice(0, at), entry.slice(at + 1)];
      }),
    );
  }
  return Object.fromEntries(Object.entries(env).map(([k, v]) => [k, v == null ? "" : String(v)]));
}

/**
 * Resolves `${VAR:-default}` / `${VAR-default}` to its default, the way compose would
 * with nothing set; `undefined` when the value needs the operator to set something (`${VAR:?…}`, `${VAR}`).
 */
function valueWithNothingSet(value: string): string | undefined {
  let needsOperator = false;
  const resolved = value.replace(
    /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-?])((?:[^{}]|\{[^}]*\})*))?\}/g,
    (_m, _name, op, rest) => {
      if (op === ":-" || op === "-") return rest as string;
      needsOperator = true;
      return "";
    },
  );
  return needsOperator ? undefined : resolved;
}

function dependsOn(service: Service): Record<string, string | undefined> {
  const deps = service.depends_on ?? {};
  if (Array.isArray(deps)) return Object.fromEntries(deps.map((d) => [d, undefined]));
  return Object.fromEntries(Object.entries(deps).map(([name, d]) => [name, d.condition]));
}

function buildOf(service: Service): { context: string; dockerfile: string; target?: string } {
  const build = service.build;
  if (build === undefined) throw new Error("service has no build");
  if (typeof build === "string") return { context: build, dockerfile: "Dockerfile" };
  return { context: build.context ?? ".", dockerfile: build.dockerfile ?? "Dockerfile", target: build.target };
}

// --- Dockerfile, split into stages ---------------------------------------------------------
interface Stage {
  from: string;
  name?: string;
  lines: string[];
}

function dockerfileStages(text: string): Stage[] {
  // Join continuation lines, drop comments and blank lines.
  const logical = text
    .replace(/\\\r?\n/g, " ")
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith("#"));
  const stages: Stage[] = [];
  for (const line of logical) {
    const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (from) stages.push({ from: from[1]!, name: from[2], lines: [] });
    else stages.at(-1)?.lines.push(line);
  }
  return stages;
}

const dockerfile = read("Dockerfile");
const stages = dockerfileStages(dockerfile);
const stageByName = new Map(stages.filter((s) => s.name).map((s) => [s.name!, s]));

/** The base image a stage ends up on, following `FROM <other stage>`. */
function baseImageOf(stage: Stage): string {
  const parent = stageByName.get(stage.from);
  return parent && parent !== stage ? baseImageOf(parent) : stage.from;
}

/** The last USER a stage runs as, inherited through `FROM <other stage>`; root when none. */
function userOf(stage: Stage): string {
  const own = stage.lines.filter((l) => /^USER\s/i.test(l)).at(-1);
  if (own) return own.replace(/^USER\s+/i, "").split(":")[0]!;
  const parent = stageByName.get(stage.from);
  return parent && parent !== stage ? userOf(parent) : "root";
}

describe("docker-compose.yml", () => {
  it("uses the Compose spec (no version key) and has the services", () => {
    expect(compose.version).toBeUndefined();
    expect(Object.keys(services)).toEqual(expect.arrayContaining(["db", "migrate", "app", "worker", "mailpit"]));
  });

  it("runs PostgreSQL 18 with a pg_isready healthcheck and a named volume", () => {
    const db = services.db!;
    expect(db.image).toMatch(/^postgres:18\b/);
    expect([db.healthcheck?.test].flat().join(" ")).toContain("pg_isready");
    const mounts = (db.volumes ?? []).map((v) => (typeof v === "string" ? v : `${v.source}:${v.target}`));
    const named = mounts
      .map((m) => m.split(":"))
      .find(([source]) => source && compose.volumes && source in compose.volumes);
    expect(named, "db needs a named volume declared under top-level volumes").toBeDefined();
    // PostgreSQL 18 images refuse a mount at the old .../data path.
    expect(named![1]).toBe("/var/lib/postgresql");
  });

  it("builds the app from the Dockerfile and starts it after the database and the migrations", () => {
    const app = services.app!;
    const build = buildOf(app);
    expect(build.context).toBe(".");
    expect(build.dockerfile).toBe("Dockerfile");
    if (build.target) expect(stageByName.has(build.target), `Dockerfile has no stage ${build.target}`).toBe(true);
    const deps = dependsOn(app);
    expect(deps.db).toBe("service_healthy");
    expect(deps.migrate).toBe("service_completed_successfully");
    expect((app.ports ?? []).map(String)).toContain("3000:3000");
  });

  it("runs migrations once, from a stage that has the migration runner, after the database is healthy", () => {
    const migrate = services.migrate!;
    const build = buildOf(migrate);
    expect(build.target, "migrate builds a Dockerfile target").toBeDefined();
    const stage = stageByName.get(build.target!);
    expect(stage, `Dockerfile has no stage ${build.target}`).toBeDefined();
    const command = [migrate.command ?? stage!.lines.filter((l) => /^CMD\s/i.test(l)).at(-1) ?? ""].flat().join(" ");
    expect(command).toMatch(/scripts\/migrate\.ts|npm run migrate/);
    expect(dependsOn(migrate).db).toBe("service_healthy");
  });

  it("runs the job worker as its own service after the migrations, on the same database and mail server", () => {
    const worker = services.worker!;
    expect(JSON.stringify(worker.command)).toContain("scripts/worker.ts");
    expect(environmentOf(worker).DATABASE_URL).toBe(environmentOf(services.app!).DATABASE_URL);
    expect(environmentOf(worker).SMTP_URL).toBe("smtp://mailpit:1025");
    expect(JSON.stringify(worker.depends_on)).toContain("service_completed_successfully");
  });

  it("sends the app's e-mail to Mailpit, whose UI is on 8025", () => {
    expect(services.mailpit!.image).toMatch(/^axllent\/mailpit\b/);
    expect((services.mailpit!.ports ?? []).map(String)).toContain("8025:8025");
    expect(environmentOf(services.app!).SMTP_URL).toBe("smtp://mailpit:1025");
  });

  it("runs two app replicas, each proxying /collab to its own sync server, the two sharing documents through Redis", () => {
    expect((services["app-2"]?.ports ?? []).map(String)).toContain("3001:3000");
    expect(services.redis?.image).toMatch(/^redis:7\b/);
    for (const [app, collab] of [
      ["app", "collab"],
      ["app-2", "collab-2"],
    ] as const) {
      expect(environmentOf(services[app]!).COLLAB_HOST).toBe(collab);
      const sync = services[collab]!;
      expect(JSON.stringify(sync.command ?? services.collab!.command)).toContain("scripts/collab.ts");
      expect(environmentOf(sync).REDIS_URL).toBe("redis://redis:6379");
      expect(environmentOf(sync).COLLAB_PORT).toBe(environmentOf(services[app]!).COLLAB_PORT);
    }
  });

  it("sets only variables that lib/env.ts knows, with values it accepts", () => {
    for (const name of ["app", "migrate", "worker", "collab"]) {
      for (const [key, value] of Object.entries(environmentOf(services[name]!))) {
        expect(schemaKeys, `${name} sets ${key}, which lib/env.ts does not know`).toContain(key);
        const resolved = valueWithNothingSet(value);
        // Empty counts as unset (parseEnv); values the operator must supply are not checked here.
        if (resolved === undefined || resolved === "") continue;
        const field = envSchema.shape[key as keyof typeof envSchema.shape];
        expect(field.safeParse(resolved).success, `${name}: ${key}=${resolved} is not accepted by lib/env.ts`).toBe(
          true,
        );
      }
    }
  });

  it("sets every variable lib/env.ts requires on the app, and makes the operator set AUTH_SECRET", () => {
    const env = environmentOf(services.app!);
    const required = schemaKeys.filter((key) => !envSchema.shape[key].safeParse(undefined).success);
    expect(required).toContain("DATABASE_URL");
    for (const key of required) expect(Object.keys(env), `app must set ${key}`).toContain(key);
    // Optional in lib/env.ts (npm start generates one), but a deployment must not run without it.
    expect(env.AUTH_SECRET).toMatch(/^\$\{AUTH_SECRET:\?.+\}$/);
  });
});

describe("Dockerfile", () => {
  it("builds on the Node major that package.json engines pins", () => {
    const engines = (JSON.parse(read("package.json")) as { engines: { node: string } }).engines.node;
    const major = /\d+/.exec(engines)?.[0];
    expect(major).toBeDefined();
    const nodeImages = stages.map(baseImageOf).filter((image) => /^(docker\.io\/)?(library\/)?node:/.test(image));
    expect(nodeImages.length).toBeGreaterThan(0);
    for (const image of nodeImages)
      expect(image, `${image} vs engines ${engines}`).toMatch(
        new RegExp(`^(docker\\.io/)?(library/)?node:${major}(\\D|$)`),
      );
  });

  it("builds standalone output and runs it as a non-root user", () => {
    expect(dockerfile).toMatch(/NEXT_OUTPUT=standalone\s+npm run build|ENV\s+NEXT_OUTPUT=standalone/);
    const runtime = stages.at(-1)!;
    expect(runtime.lines.join("\n")).toContain(".next/standalone");
    expect(runtime.lines.join("\n")).toContain(".next/static");
    expect(["root", "0"]).not.toContain(userOf(runtime));
    expect(
      runtime.lines.some((l) => /^ENV\s.*NEXT_TELEMETRY_DISABLED=1/.test(l)) ||
        /ENV\s.*NEXT_TELEMETRY_DISABLED=1/.test(dockerfile),
    ).toBe(true);
  });

  it("runs the migrate target as a non-root user too", () => {
    const target = buildOf(services.migrate!).target!;
    expect(["root", "0"]).not.toContain(userOf(stageByName.get(target)!));
  });

  it("copies what postinstall (prisma generate) needs before npm ci", () => {
    const ci = dockerfile.search(/^RUN\b[^\n]*\bnpm ci\b/m);
    expect(ci, "the Dockerfile installs with npm ci").toBeGreaterThan(-1);
    const before = dockerfile.slice(0, ci);
    for (const needed of ["scripts", "prisma", "prisma.config.ts", "package-lock.json"]) {
      expect(before, `${needed} must be copied before npm ci`).toMatch(
        new RegExp(`COPY[^\\n]*\\b${needed.replace(".", "\\.")}\\b`),
      );
    }
  });
});
