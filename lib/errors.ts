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

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly fieldErrors: FieldErrors | undefined;
  readonly headers: Record<string, string> | undefined;

  constructor(
    code: ErrorCode,
    message: string,
    options: { fieldErrors?: FieldErrors; headers?: Record<string, string>; cause?: unknown } = {},
  ) {
    super(message, { cause: options.cause });
    this.name = "AppError";
    this.code = code;
    this.fieldErrors = options.fieldErrors;
    this.headers = options.headers;
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
    (out[key] ??= []).push(issue.message);
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
  return make?.();
}
