import { z } from "zod";
import { requireCaller } from "@/lib/auth/caller";
import { submitFeedback } from "@/lib/feedback/submit-feedback";
import { handle, jsonResponse, parseJson } from "@/lib/http";

/** The body's schema depends on the caller's direction and the booking's rubric: the domain picks it. */
export const POST = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  const body = await parseJson(request, z.unknown());
  return jsonResponse(await submitFeedback(caller, params.id, body), requestId);
});
