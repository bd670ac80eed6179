import { requireAdmin } from "@/lib/auth/caller";
import { handle, jsonResponse, parseJson } from "@/lib/http";
import { setLivePanels, setLivePanelsSchema } from "@/lib/interview-types/live-panels";

export const PUT = handle<{ id: string }>(async ({ request, requestId, params }) => {
  const caller = await requireAdmin(request);
  const input = await parseJson(request, setLivePanelsSchema);
  return jsonResponse(await setLivePanels(caller, params.id, input), requestId);
});
