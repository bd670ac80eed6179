import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import { utf8Join } from "../platform/utf8-join";
import { searchIndexedJson } from "./search-indexed";
import { searchOneInterviewer } from "./search-one";
import type { SlotSearchInput } from "./slot-search.schema";
import type { SlotSearchAnswer } from "./types";

/**
 * Open slots for one interview type, across every interviewer who offers it
 * (or one). Each interviewer's slots come from the slot engine with their own
 * rules and busy time plus the caller's; slots are merged by start and each
 * lists how many are free and the best-ranked few. Blocked or inactive people,
 * and the caller, are never offered.
 */
export async function searchSlots(caller: Caller, query: SlotSearchInput, now = new Date()): Promise<SlotSearchAnswer> {
  if (!query.interviewer)
    return JSON.parse((await searchSlotsBody(caller, query, now)).toString("utf8")) as SlotSearchAnswer;
  return searchOneInterviewer(caller, query, now);
}

/**
 * The answer as UTF-8 JSON, for GET /api/v1/slots: across all interviewers it
 * is assembled from the slot index's cached pieces without building the
 * object graph (search-indexed.ts), straight into bytes rather than one large
 * string (lib/platform/utf8-join.ts); one interviewer's is serialised as usual.
 */
export async function searchSlotsBody(
  caller: Caller,
  query: SlotSearchInput,
  now = new Date(),
): Promise<Buffer<ArrayBuffer>> {
  if (query.interviewer) return Buffer.from(JSON.stringify(await searchOneInterviewer(caller, query, now)));
  // Everyone: read the slot index instead of running the engine per interviewer (decision 0011).
  const found = await searchIndexedJson(db(), caller, query.interviewType, query.from, query.to, now);
  if (!found) throw new AppError("NOT_FOUND", "No such interview type.");
  const head = JSON.stringify({
    interviewType: found.type,
    from: query.from.toISOString(),
    to: query.to.toISOString(),
  });
  return utf8Join(found.slots, ",", `${head.slice(0, -1)},"slots":[`, "]}");
}
