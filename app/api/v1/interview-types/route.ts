import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseJson } from "@/lib/http";
import { createInterviewType, createInterviewTypeSchema } from "@/lib/interview-types/create-interview-type";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";

export const GET = handle(async ({ request, requestId }) => {
  await requireCaller(request);
  return jsonResponse({ interviewTypes: await listInterviewTypes() }, requestId);
});

export const POST = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const input = await parseJson(request, createInterviewTypeSchema);
  return jsonResponse(await createInterviewType(caller, input), requestId, { status: 201 });
});
