import { requireCaller } from "@/lib/auth/caller";
import { handle, parseQuery, REQUEST_ID_HEADER } from "@/lib/http";
import { exportHistory, toCsv } from "@/lib/progress/export-history";
import { noQuerySchema } from "@/lib/progress/progress.schema";

// A folder named history.csv is an ordinary route segment: the URL ends in .csv.
export const GET = handle(async ({ request, requestId }) => {
  const caller = await requireCaller(request);
  parseQuery(request, noQuerySchema);
  const csv = toCsv(await exportHistory(caller));
  return new Response(csv, {
    headers: {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="mockloop-history-${new Date().toISOString().slice(0, 10)}.csv"`,
      "cache-control": "private, no-store",
      [REQUEST_ID_HEADER]: requestId,
    },
  });
});
