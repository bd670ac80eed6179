import { z } from "zod";
import { requireCaller } from "@/lib/auth/caller";
import { getFeedbackForViewer } from "@/lib/feedback/get-feedback";
import { saveFeedback } from "@/lib/feedback/save-feedback";
import { handle, jsonResponse, parseJson } from "@/lib/http";

export const GET = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await getFeedbackForViewer(caller, params.id), requestId);
});

/** The body's schema depends on the caller's direction and on draft vs submitted: the domain picks it. */
export const PUT = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  const body = await parseJson(request, z.unknown());
  return jsonResponse(await saveFeedback(caller, params.id, body), requestId);
});
