import { requireCaller } from "@/lib/auth/caller";
import { handle, jsonResponse, parseQuery } from "@/lib/http";
import { exportHistory } from "@/lib/progress/export-history";
import { noQuerySchema } from "@/lib/progress/progress.schema";

export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  parseQuery(request, noQuerySchema);
  const rows = await exportHistory(caller);
  const exportedAt = new Date().toISOString();
  return jsonResponse({ exportedAt, rows }, requestId, {
    headers: {
      "content-disposition": `attachment; filename="mockloop-history-${exportedAt.slice(0, 10)}.json"`,
      "cache-control": "private, no-store",
    },
  });
});
