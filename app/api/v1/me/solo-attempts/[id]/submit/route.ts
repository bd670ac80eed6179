import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseJson } from "@/lib/http";
import { submitSoloAttemptSchema } from "@/lib/solo/solo.schema";
import { submitSoloAttempt } from "@/lib/solo/submit-solo-attempt";

export const POST = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  const input = await parseJson(request, submitSoloAttemptSchema);
  return jsonResponse(await submitSoloAttempt(caller, params.id, input), requestId);
});
