import { beforeAll, describe, expect, it } from "vitest";
import { insertTestBooking } from "../../tests/factories/bookings";
import { createTestUser, ensureInterviewTypes } from "../../tests/factories/users";
import { db } from "../db";
import { AppError } from "../errors";
import { getInterviewRoom } from "../interview-room/get-interview-room";
import { listTypePanels, setLivePanels } from "./live-panels";

beforeAll(ensureInterviewTypes);

describe("live-room panels per interview type", () => {
  it("defaults by slug, lets an admin choose (audited), and the room shows the choice", async () => {
    const admin = await createTestUser({ role: "ADMIN" });
    const candidate = await createTestUser();
    const interviewer = await createTestUser();
    const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "program-execution" } });
    const booking = await insertTestBooking(candidate, interviewer, new Date(Date.now() - 60_000), {
      type: "program-execution",
    });

    expect((await listTypePanels()).get(type.id)).toEqual({
      panels: ["requirements", "risks", "milestones", "stakeholders"],
      isDefault: true,
    });

    try {
      await setLivePanels(admin.caller, type.id, { panels: ["risks", "board", "risks"] });
      expect((await listTypePanels()).get(type.id)).toEqual({ panels: ["board", "risks"], isDefault: false });
      expect((await getInterviewRoom(candidate.caller, booking.id)).livePanels).toEqual(["board", "risks"]);
      const audit = await db().auditLog.findFirst({
        where: { action: "interview_type.live_panels", entityId: type.id },
        orderBy: { createdAt: "desc" },
      });
      expect(audit?.after).toEqual({ livePanels: ["board", "risks"] });
    } finally {
      await db().interviewType.update({ where: { id: type.id }, data: { livePanels: [] } });
    }
  });

  it("is not there for anyone but an admin", async () => {
    const user = await createTestUser();
    const type = await db().interviewType.findUniqueOrThrow({ where: { slug: "system-design" } });
    await expect(setLivePanels(user.caller, type.id, { panels: ["board"] })).rejects.toSatisfy(
      (e) => e instanceof AppError && e.code === "NOT_FOUND",
    );
    expect((await db().interviewType.findUniqueOrThrow({ where: { id: type.id } })).livePanels).toEqual([]);
  });
});
