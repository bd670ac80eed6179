import type { Caller } from "../auth/sessions";
import { db } from "../db";
import { AppError } from "../errors";
import type { RubricView } from "../feedback/feedback.types";
import { getCurrentRubric, getRubricVersion, type RubricVersionView } from "../rubrics/rubrics";
import { panelsForType } from "../interview-types/live-panels";
import { isRoomOpen, roomOpensAt } from "./room";
import type { InterviewRoom } from "./room.types";

const roomSelect = {
  id: true,
  status: true,
  startsAt: true,
  endsAt: true,
  meetingUrl: true,
  questionId: true,
  rubricVersionId: true,
  candidateId: true,
  interviewType: { select: { slug: true, name: true, durationMinutes: true, livePanels: true } },
  question: { select: { id: true, title: true, prompt: true } },
  candidate: { select: { id: true, profile: { select: { displayName: true, timeZone: true } } } },
  interviewer: { select: { id: true, profile: { select: { displayName: true, timeZone: true } } } },
} as const;

function rubricView(version: RubricVersionView): RubricView {
  return {
    versionId: version.id,
    version: version.version,
    title: version.title,
    levelBars: version.levelBars,
    competencies: version.competencies.map((c) => ({
      key: c.key,
      name: c.name,
      description: c.description,
      weight: c.weight,
      descriptors: c.descriptors,
    })),
  };
}

/**
 * The interview room for one of its two participants; anyone else gets the
 * same 404 as for a booking that does not exist. The question appears for
 * both once the room opens (10 minutes before the start); the guide and the
 * rubric only for the interviewer, the guide selected by a query whose `where`
 * proves the caller interviews on this booking.
 */
export async function getInterviewRoom(caller: Caller, bookingId: string, now = new Date()): Promise<InterviewRoom> {
  const booking = await db().booking.findFirst({
    where: { id: bookingId, participants: { some: { userId: caller.id } } },
    select: roomSelect,
  });
  if (!booking) throw new AppError("NOT_FOUND", "No such interview.");

  const role = booking.candidateId === caller.id ? ("CANDIDATE" as const) : ("INTERVIEWER" as const);
  const other = role === "CANDIDATE" ? booking.interviewer : booking.candidate;
  const open = isRoomOpen(booking.startsAt, now);
  const interviewing = role === "INTERVIEWER" && open;

  const guide =
    interviewing && booking.questionId
      ? ((
          await db().question.findFirst({
            where: { id: booking.questionId, bookings: { some: { id: booking.id, interviewerId: caller.id } } },
            select: { guide: true },
          })
        )?.guide ?? null)
      : null;

  let rubric: RubricView | null = null;
  if (interviewing) {
    // Bookings made before rubrics existed have no version: show the type's current one.
    const version = booking.rubricVersionId
      ? await getRubricVersion(booking.rubricVersionId)
      : await getCurrentRubric(booking.interviewType.slug);
    rubric = version ? rubricView(version) : null;
  }

  return {
    id: booking.id,
    status: booking.status,
    role,
    startsAt: booking.startsAt.toISOString(),
    endsAt: booking.endsAt.toISOString(),
    opensAt: roomOpensAt(booking.startsAt).toISOString(),
    serverNow: now.toISOString(),
    open,
    interviewType: {
      slug: booking.interviewType.slug,
      name: booking.interviewType.name,
      durationMinutes: booking.interviewType.durationMinutes,
    },
    livePanels: panelsForType(booking.interviewType),
    counterpart: {
      id: other.id,
      displayName: other.profile?.displayName ?? null,
      timeZone: other.profile?.timeZone ?? null,
    },
    meetingUrl: booking.meetingUrl,
    question: open ? booking.question : null,
    guide,
    rubric,
  };
}
