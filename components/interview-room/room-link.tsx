"use client";

import Link from "next/link";
import { useSyncExternalStore } from "react";
import { Button } from "@/components/ui/button";
import { RELEASE_AFTER_MS } from "@/lib/feedback/feedback.schema";
import { roomOpensAt } from "@/lib/interview-room/room";

interface Props {
  booking: { id: string; status: string; startsAt: string; endsAt: string };
  /** The page's clock; without it the link appears after hydration, on the browser's clock. */
  now?: number;
  className?: string;
}

const subscribe = (onChange: () => void) => {
  const timer = setInterval(onChange, 15_000);
  return () => clearInterval(timer);
};
const tick = () => Math.floor(Date.now() / 15_000) * 15_000;

/**
 * The way into the interview room from a booking: "Open interview room" from
 * 10 minutes before the start until the end, then "Give feedback" for the
 * week feedback stays open, then "See feedback".
 */
export function RoomLink({ booking, now: given, className }: Props) {
  const own = useSyncExternalStore(subscribe, tick, () => null);
  const now = given ?? own;
  if (now === null || (booking.status !== "SCHEDULED" && booking.status !== "COMPLETED")) return null;
  if (now < roomOpensAt(booking.startsAt).getTime()) return null;
  const end = Date.parse(booking.endsAt);
  const label = now < end ? "Open interview room" : now < end + RELEASE_AFTER_MS ? "Give feedback" : "See feedback";
  return (
    <Button asChild variant={now < end ? "primary" : "secondary"} className={className}>
      <Link href={`/interviews/${booking.id}`}>{label}</Link>
    </Button>
  );
}
