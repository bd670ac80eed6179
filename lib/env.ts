import { z } from "zod";
import { DEFAULT_JITSI_DOMAIN } from "./interview-room/jitsi";

/**
 * Every environment variable MockLoop reads, checked once at start. The README's
 * configuration table and docker-compose.yml are tested against this list.
 */
const booleanFlag = z.enum(["0", "1", "true", "false"]).transform((v) => v === "1" || v === "true");

const postgresUrl = z
  .string()
  .refine((v) => /^postgres(ql)?:\/\//.test(v), "must be a postgresql:// URL")
  .refine(
    (v) => !/^postgres(ql)?:\/\//.test(v) || URL.canParse(v),
    "it is not a valid URL (in a user name or password, write / as %2F, @ as %40 and # as %23)",
  );

export const envSchema = z.object({
  NODE_ENV: z.enum(["development", "production", "test"]).default("development"),
  DATABASE_URL: postgresUrl,
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  PUBLIC_URL: z.url().default("http://localhost:3000"),
  /** How many reverse proxies in front of MockLoop append to X-Forwarded-For; 0 trusts none (decision 0018). */
  TRUST_PROXY: z.coerce.number().int().min(0).max(10).default(0),
  AUTH_SECRET: z.string().min(32, "must be at least 32 characters").optional(),
  /** Seals external calendars' addresses and passwords (decision 0026); derived from AUTH_SECRET when unset. */
  CALENDAR_ENCRYPTION_KEY: z.string().min(32, "must be at least 32 characters").optional(),
  /** Lets calendars on private or loopback addresses be read (tests, a calendar server on your own network). */
  CALENDAR_ALLOW_PRIVATE_ADDRESSES: booleanFlag.default(false),
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  /** App processes sharing the port (scripts/serve-cluster.mts reads it before any worker starts). */
  WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
  SMTP_URL: z
    .string()
    .refine((v) => /^smtps?:\/\//.test(v), "must be an smtp:// or smtps:// URL")
    .optional(),
  EMAIL_FROM: z.string().default("MockLoop <no-reply@mockloop.local>"),
  DEMO_MODE: booleanFlag.default(false),
  ADMIN_EMAIL: z.email().optional(),
  GITHUB_ID: z.string().optional(),
  GITHUB_SECRET: z.string().optional(),
  GOOGLE_ID: z.string().optional(),
  GOOGLE_SECRET: z.string().optional(),
  /** Set by `npm start` when it runs its own embedded PostgreSQL. */
  MOCKLOOP_EMBEDDED: booleanFlag.default(false),
  /** Where `npm start` keeps the embedded database and generated secrets. */
  MOCKLOOP_DATA_DIR: z.string().default(".data"),
  /** The live room's sync server (scripts/collab.ts): its port, and the host the app proxies `/collab` to. */
  COLLAB_PORT: z.coerce.number().int().min(1).max(65535).optional(),
  COLLAB_HOST: z.string().default("127.0.0.1"),
  /** Several sync servers share the live rooms' documents through this Redis (decision 0022). */
  REDIS_URL: z
    .string()
    .refine((v) => /^rediss?:\/\//.test(v), "must be a redis:// or rediss:// URL")
    .optional(),
  /** The Jitsi server for new bookings' meeting rooms, shown inside the interview room. */
  JITSI_DOMAIN: z
    .string()
    .regex(
      /^[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)+(:\d{1,5})?$/i,
      "must be a host name such as meet.jit.si",
    )
    .default(DEFAULT_JITSI_DOMAIN),
});

export type Env = z.infer<typeof envSchema>;

/** Names a bad variable in a sentence a person can act on. */
export function describeEnvErrors(error: z.ZodError, source: Record<string, unknown>): string {
  return error.issues
    .map((issue) => {
      const name = String(issue.path[0] ?? "environment");
      return source[name] === undefined ? `${name} is required but not set.` : `${name} is invalid: ${issue.message}.`;
    })
    .join(" ");
}

export function parseEnv(source: Record<string, string | undefined>): Env {
  // Empty strings count as unset: docker-compose passes `VAR=` for optional ones.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, v]) => v !== undefined && v !== ""));
  const result = envSchema.safeParse(cleaned);
  if (!result.success) {
    throw new Error(`MockLoop cannot start: ${describeEnvErrors(result.error, cleaned)}`);
  }
  return result.data;
}

/**
 * The app server in production refuses to start without AUTH_SECRET: without it Auth.js signs
 * nothing, and a sign-in link request answered 202 while no link went out (issue #21). Only the
 * app needs it, so the job worker and the migrations (production containers too) do not check.
 */
export function requireAuthSecret(config: Pick<Env, "NODE_ENV" | "MOCKLOOP_EMBEDDED" | "AUTH_SECRET">): void {
  if (config.NODE_ENV === "production" && !config.MOCKLOOP_EMBEDDED && !config.AUTH_SECRET) {
    throw new Error(
      "MockLoop cannot start: AUTH_SECRET is required in production (it signs sessions and sign-in links). " +
        "Set it to 32 or more random characters, e.g. AUTH_SECRET=$(openssl rand -base64 32).",
    );
  }
}

let cached: Env | undefined;

/** Parsed lazily so that `next build` can import modules without a database configured. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** The next env() reads process.env again: for test files that share a process and each set their own database. */
export function forgetEnv(): void {
  cached = undefined;
}
