import { requireCaller } from "@/lib/auth/caller";
import { availabilitySchema } from "@/lib/availability/availability.schema";
import { getAvailability } from "@/lib/availability/get-availability";
import { saveAvailability } from "@/lib/availability/save-availability";
import { handle, jsonResponse, parseJson } from "@/lib/http";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await getAvailability(caller), requestId);
});

export const PUT = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const input = await parseJson(request, availabilitySchema);
  return jsonResponse(await saveAvailability(caller, input), requestId);
});
