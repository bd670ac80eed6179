import { z } from "zod";
import { recordAudit } from "../audit/record-audit";
import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import { defaultPanels, normalizePanels, PANEL_IDS, type PanelId } from "../live-room/panels";

/** The panels a type's live room shows: the admin's choice, or the defaults for its slug. */
export function panelsForType(type: { slug: string; livePanels: readonly string[] | null }): PanelId[] {
  const chosen = normalizePanels(type.livePanels ?? []);
  return chosen.length > 0 ? chosen : defaultPanels(type.slug);
}

export const setLivePanelsSchema = z.object({
  panels: z.array(z.enum(PANEL_IDS)).min(1, "Choose at least one panel").max(PANEL_IDS.length),
});

/** Admins choose which panels an interview type's live room shows (audited). */
export async function setLivePanels(
  caller: Caller,
  interviewTypeId: string,
  input: z.infer<typeof setLivePanelsSchema>,
) {
  if (caller.role !== "ADMIN") throw new AppError("NOT_FOUND", "Not found.");
  const panels = normalizePanels(input.panels);
  return db().$transaction(async (tx) => {
    const before = await tx.interviewType.findFirst({
      where: { id: interviewTypeId },
      select: { slug: true, livePanels: true },
    });
    if (!before) throw new AppError("NOT_FOUND", "No such interview type.");
    await tx.interviewType.update({ where: { id: interviewTypeId }, data: { livePanels: panels } });
    await recordAudit(tx, {
      actorId: caller.id,
      action: "interview_type.live_panels",
      entityType: "interview_type",
      entityId: interviewTypeId,
      before: { livePanels: panelsForType(before) },
      after: { livePanels: panels },
    });
    return { id: interviewTypeId, panels };
  });
}

/** For the admin page: each live type with the panels its room shows and whether they are the defaults. */
export async function listTypePanels() {
  const types = await db().interviewType.findMany({
    where: { retiredAt: null },
    select: { id: true, slug: true, livePanels: true },
  });
  return new Map(
    types.map((t) => [t.id, { panels: panelsForType(t), isDefault: normalizePanels(t.livePanels).length === 0 }]),
  );
}
