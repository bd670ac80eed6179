import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseJson } from "@/lib/http";
import { listSoloAttempts } from "@/lib/solo/get-solo-attempt";
import { startSoloAttemptSchema } from "@/lib/solo/solo.schema";
import { startSoloAttempt } from "@/lib/solo/start-solo-attempt";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse({ attempts: await listSoloAttempts(caller) }, requestId, {
    headers: { "cache-control": "private, no-store" },
  });
});

export const POST = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const input = await parseJson(request, startSoloAttemptSchema);
  const { attempt, created } = await startSoloAttempt(caller, input);
  // 200 when an attempt still open on the question is resumed rather than started.
  return jsonResponse(attempt, requestId, { status: created ? 201 : 200 });
});
