/**
 * Browser-side calls to /api/v1, shared by every screen. A failed
 * call throws an ApiError carrying the problem+json `detail` (a sentence meant
 * for people) and its field errors, so forms can show both.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly fieldErrors: Record<string, string[]>;
  /** The problem's machine-readable `reason`, when it gives one (a refused booking does). */
  readonly reason: string | undefined;
  /** Times the server offers instead (ISO instants), e.g. the nearest that work after a refused booking. */
  readonly alternatives: string[];

  constructor(
    status: number,
    detail: string,
    fieldErrors: Record<string, string[]> = {},
    extras: { reason?: unknown; alternatives?: unknown } = {},
  ) {
    super(detail);
    this.name = "ApiError";
    this.status = status;
    this.fieldErrors = fieldErrors;
    this.reason = typeof extras.reason === "string" ? extras.reason : undefined;
    this.alternatives = Array.isArray(extras.alternatives)
      ? extras.alternatives.filter((a): a is string => typeof a === "string")
      : [];
  }
}

const OFFLINE = "We couldn't reach MockLoop. Check your connection and try again.";

export async function apiRequest<T = void>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? "GET",
      headers: init.body === undefined ? undefined : { "content-type": "application/json" },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      credentials: "same-origin",
    });
  } catch {
    throw new ApiError(0, OFFLINE);
  }
  if (response.ok) {
    return (response.status === 204 ? undefined : await response.json()) as T;
  }
  const problem = (await response.json().catch(() => null)) as {
    detail?: unknown;
    errors?: unknown;
    reason?: unknown;
    alternatives?: unknown;
  } | null;
  const detail = typeof problem?.detail === "string" ? problem.detail : "Something went wrong. Please try again.";
  const errors =
    problem?.errors && typeof problem.errors === "object" ? (problem.errors as Record<string, string[]>) : {};
  throw new ApiError(response.status, detail, errors, problem ?? {});
}

export function errorMessage(error: unknown): string {
  return error instanceof ApiError ? error.message : "Something went wrong. Please try again.";
}

/** The server's first complaint about one field of the request, for showing under that field. */
export function serverFieldError(error: unknown, field: string): string | null {
  return error instanceof ApiError ? (error.fieldErrors[field]?.[0] ?? null) : null;
}
