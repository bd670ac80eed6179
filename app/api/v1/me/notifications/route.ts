import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseJson } from "@/lib/http";
import {
  getNotificationSettings,
  notificationSettingsSchema,
  updateNotificationSettings,
} from "@/lib/users/notification-settings";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  return jsonResponse(await getNotificationSettings(caller), requestId);
});

export const PATCH = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  const input = await parseJson(request, notificationSettingsSchema);
  return jsonResponse(await updateNotificationSettings(caller, input), requestId);
});
