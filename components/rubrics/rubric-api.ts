import { apiRequest } from "@/components/api-request";
import type { RubricInput } from "@/lib/rubrics/rubric.schema";

/** The rubric domain in the browser: its key factory (invalidated by prefix after a publish) and its calls. */
export const rubricKeys = {
  all: ["rubrics"] as const,
  list: () => [...rubricKeys.all, "list"] as const,
  current: (type: string) => [...rubricKeys.all, "current", type] as const,
};

/** PUT always creates the next version (201); bookings keep the version they were made with. */
export function publishRubric(type: string, input: RubricInput): Promise<{ id: string; version: number }> {
  return apiRequest(`/api/v1/rubrics/${encodeURIComponent(type)}`, { method: "PUT", body: input });
}
