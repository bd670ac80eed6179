import { requireAdmin, requireCaller } from "@/lib/auth/caller";
import { AppError } from "@/lib/errors";
import { rubricInputSchema } from "@/lib/rubrics/rubric.schema";
import { getCurrentRubric, publishRubricVersion } from "@/lib/rubrics/rubrics";
import { handle, jsonResponse, parseJson } from "@/lib/http";

export const GET = handle<{ type: string }>(async ({ request, requestId, params }) => {
  await requireCaller(request);
  const rubric = await getCurrentRubric(params.type);
  if (!rubric) throw new AppError("NOT_FOUND", "This interview type has no rubric yet.");
  return jsonResponse(rubric, requestId);
});

/** Saving a rubric publishes a new version; bookings keep the version they were made with. */
export const PUT = handle<{ type: string }>(async ({ request, requestId, params }) => {
  const caller = await requireAdmin(request);
  const input = await parseJson(request, rubricInputSchema);
  return jsonResponse(await publishRubricVersion(caller, params.type, input), requestId, { status: 201 });
});
