import { requireCaller } from "@/lib/auth/caller";
import { listCurrentRubrics } from "@/lib/rubrics/rubrics";
import { handle, jsonResponse } from "@/lib/http";

export const GET = handle(async ({ request, requestId }) => {
  await requireCaller(request);
  return jsonResponse({ rubrics: await listCurrentRubrics() }, requestId);
});
