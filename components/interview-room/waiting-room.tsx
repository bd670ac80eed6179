import Link from "next/link";
import { formatClock, formatDay } from "@/lib/dates/viewer-time";
import type { InterviewRoom } from "@/lib/interview-room/room.types";
import { useLocale } from "@/components/locale/locale-provider";

/** Before the room opens: when it will, in the viewer's zone, and nothing of the question yet. */
export function WaitingRoom({ room, timeZone }: { room: InterviewRoom; timeZone: string }) {
  const locale = useLocale();
  return (
    <section aria-labelledby="waiting-heading" className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id="waiting-heading" className="text-lg font-semibold">
        The room isn&apos;t open yet
      </h2>
      <p className="mt-1 text-slate-800">
        It opens at{" "}
        <time dateTime={room.opensAt} className="font-semibold">
          {formatClock(room.opensAt, timeZone, locale)} on {formatDay(room.opensAt, timeZone, locale)}
        </time>{" "}
        ({timeZone}), 10 minutes before the start. This page updates itself, so you can leave it open.
      </p>
      <p className="mt-2 text-sm text-slate-700">
        {room.role === "INTERVIEWER"
          ? "Until then, you can read the question and its guide on the interview's page."
          : "The question stays hidden until the interview, so you meet it fresh."}{" "}
        <Link href={`/bookings/${room.id}`} className="font-semibold text-brand-700 underline">
          Back to the interview&apos;s page
        </Link>
      </p>
    </section>
  );
}
