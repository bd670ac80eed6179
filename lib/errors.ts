import { z } from "zod";

/** The one error type the domain throws; `code` decides the HTTP status (STATUS below). */
export type ErrorCode =
  | "BAD_REQUEST"
  | "UNAUTHORIZED"
  | "FORBIDDEN"
  | "NOT_FOUND"
  | "CONFLICT"
  | "UNPROCESSABLE"
  | "RATE_LIMITED"
  | "SERVICE_UNAVAILABLE"
  | "INTERNAL";

export const STATUS: Record<ErrorCode, number> = {
  BAD_REQUEST: 400,
  UNAUTHORIZED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  UNPROCESSABLE: 422,
  RATE_LIMITED: 429,
  SERVICE_UNAVAILABLE: 503,
  INTERNAL: 500,
};

export const TITLES: Record<ErrorCode, string> = {
  BAD_REQUEST: "Your request has problems",
  UNAUTHORIZED: "You need to sign in",
  FORBIDDEN: "You can't do that",
  NOT_FOUND: "Not found",
  CONFLICT: "That conflicts with something that changed",
  UNPROCESSABLE: "We couldn't do that",
  RATE_LIMITED: "Too many requests",
  SERVICE_UNAVAILABLE: "MockLoop is briefly unavailable",
  INTERNAL: "Something went wrong on our side",
};

export type FieldErrors = Record<string, string[]>;

/**
 * Adds `message` under `field`. Field names come from requests, so the slot is looked up as the map's own: on a plain
 * object, `toString` or `__proto__` would find Object.prototype's members, and pushing onto one was a 500.
 */
export function addFieldError(errors: FieldErrors, field: string, message: string): void {
  if (Object.hasOwn(errors, field)) errors[field]!.push(message);
  else Object.defineProperty(errors, field, { value: [message], enumerable: true, writable: true, configurable: true });
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldErrors | undefined;
  readonly headers: Record<string, string> | undefined;
  /** Extra problem+json members a client can act on (RFC 9457 §3.2), e.g. a refused slot's `reason`. */
  readonly extensions: Record<string, unknown> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: {
      fieldErrors?: FieldErrors;
      headers?: Record<string, string>;
      extensions?: Record<string, unknown>;
      cause?: unknown;
    } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.headers = options.headers;
    this.extensions = options.extensions;
  }

  get status(): number {
    return STATUS[this.code];
  }
}

/** Field paths as dotted strings ("slots.0.start"), the shape forms and API clients both read. */
export function zodFieldErrors(error: z.ZodError): FieldErrors {
  const out: FieldErrors = {};
  for (const issue of error.issues) {
    const key = issue.path.length ? issue.path.map(String).join(".") : "_";
    addFieldError(out, key, issue.message);
  }
  return out;
}

export function validationError(error: z.ZodError): AppError {
  return new AppError("BAD_REQUEST", "Some fields are missing or invalid.", {
    fieldErrors: zodFieldErrors(error),
    cause: error,
  });
}

/** PostgreSQL SQLSTATEs we answer on purpose; everything else is a 500. */
const PG_CODES: Record<string, () => AppError> = {
  "23505": () => new AppError("CONFLICT", "That already exists."),
  "23P01": () => new AppError("CONFLICT", "That time overlaps something already booked."),
  "40001": () => new AppError("CONFLICT", "Someone else changed this at the same moment. Please try again."),
  "40P01": () => new AppError("CONFLICT", "Someone else changed this at the same moment. Please try again."),
  "23503": () => new AppError("CONFLICT", "That is still in use, or refers to something that no longer exists."),
};

const PRISMA_TO_SQLSTATE: Record<string, string> = { P2002: "23505", P2003: "23503", P2034: "40001" };

/** Digs the SQLSTATE out of a pg error or of Prisma's wrappers around one. */
export function sqlState(error: unknown): string | undefined {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as Record<string, unknown>;
    if (typeof e.originalCode === "string") return e.originalCode;
    const code = typeof e.code === "string" ? e.code : undefined;
    // Prisma's own codes (P2xxx) look like SQLSTATEs; translate the ones that mean one.
    if (code && code in PRISMA_TO_SQLSTATE) return PRISMA_TO_SQLSTATE[code];
    if (code && /^[0-9A-Z]{5}$/.test(code) && !/^P\d{4}$/.test(code)) return code;
    const meta = e.meta as Record<string, unknown> | undefined;
    const adapterCause = (meta?.driverAdapterError as Record<string, unknown> | undefined)?.cause;
    current = adapterCause ?? e.cause;
  }
  return undefined;
}

/**
 * A database that cannot serve anyone right now, as opposed to a request that is wrong: the
 * server down or restarting (connection refused or reset, 57P01 admin shutdown, 57P03 starting
 * up), full (53300 too many connections), or no connection free in time from our pool.
 */
const OUTAGE_SQLSTATES = new Set(["57P01", "57P02", "57P03", "53300", "08000", "08001", "08003", "08004", "08006"]);
const OUTAGE_ADAPTER_KINDS = new Set([
  "DatabaseNotReachable",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
]);
const OUTAGE_SOCKET_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "ENETUNREACH",
]);
// pg and pg-pool throw plain Errors for these, and Prisma passes them on unwrapped.
const OUTAGE_MESSAGES =
  /timeout exceeded when trying to connect|Connection terminated|connection timeout|Can't reach database server|Client has encountered a connection error/i;
/** Prisma's own codes for the same: P1001 can't reach, P1002 timed out, P1017 closed, P2024 pool timeout. */
const OUTAGE_PRISMA_CODES = new Set(["P1001", "P1002", "P1017", "P2024"]);

export type DatabaseOutage = "unreachable" | "disk-full";

/** Says whether an error means the database is unavailable (and why), walking Prisma's and pg's wrappers. */
export function databaseOutage(error: unknown): DatabaseOutage | undefined {
  const state = sqlState(error);
  if (state === "53100") return "disk-full";
  if (state && OUTAGE_SQLSTATES.has(state)) return "unreachable";
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const e = current as Record<string, unknown>;
    if (typeof e.kind === "string" && OUTAGE_ADAPTER_KINDS.has(e.kind)) return "unreachable";
    if (typeof e.code === "string" && (OUTAGE_SOCKET_CODES.has(e.code) || OUTAGE_PRISMA_CODES.has(e.code))) {
      return "unreachable";
    }
    if (typeof e.message === "string" && OUTAGE_MESSAGES.test(e.message)) return "unreachable";
    const meta = e.meta as Record<string, unknown> | undefined;
    current = meta?.driverAdapterError ?? e.cause;
  }
  return undefined;
}

/** Seconds a client should wait: a restart takes a few; freeing disk space takes a person. */
const OUTAGE_ANSWERS: Record<DatabaseOutage, { message: string; retryAfter: string }> = {
  unreachable: {
    message: "MockLoop can't reach its database right now. Please try again in a few seconds.",
    retryAfter: "5",
  },
  "disk-full": {
    message: "MockLoop can't save anything right now: its database is out of disk space.",
    retryAfter: "60",
  },
};

export function outageError(outage: DatabaseOutage, cause?: unknown): AppError {
  const { message, retryAfter } = OUTAGE_ANSWERS[outage];
  return new AppError("SERVICE_UNAVAILABLE", message, { headers: { "retry-after": retryAfter }, cause });
}

export function isSerializationFailure(error: unknown): boolean {
  const code = sqlState(error);
  return code === "40001" || code === "40P01";
}

/** Turns anything thrown into an AppError; `undefined` means "unknown: log it, answer 500". */
export function toAppError(error: unknown): AppError | undefined {
  if (error instanceof AppError) return error;
  if (error instanceof z.ZodError) return validationError(error);
  const code = sqlState(error);
  const make = code ? PG_CODES[code] : undefined;
  if (make) return make();
  const outage = databaseOutage(error);
  return outage ? outageError(outage, error) : undefined;
}
