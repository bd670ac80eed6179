import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseQuery } from "@/lib/http";
import { listSoloQuestions } from "@/lib/solo/list-solo-questions";
import { soloQuestionsQuerySchema } from "@/lib/solo/solo.schema";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const query = parseQuery(request, soloQuestionsQuerySchema);
  return jsonResponse({ questions: await listSoloQuestions(caller, query) }, requestId, {
    headers: { "cache-control": "private, no-store" },
  });
});
