import { requireCaller } from "@/lib/auth/caller";
import { notesSchema } from "@/lib/feedback/feedback.schema";
import { handle, jsonResponse, parseJson } from "@/lib/http";
import { getNotes } from "@/lib/notes/get-notes";
import { saveNotes } from "@/lib/notes/save-notes";

const noStore = { "cache-control": "no-store" };

export const GET = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await getNotes(caller, params.id), requestId, { headers: noStore });
});

export const PUT = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireCaller(request);
  const input = await parseJson(request, notesSchema);
  return jsonResponse(await saveNotes(caller, params.id, input), requestId, { headers: noStore });
});
