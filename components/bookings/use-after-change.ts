"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useCallback } from "react";
import { bookingKeys } from "./booking-keys";

/**
 * After a change to a booking: every bookings query (lists and details) is
 * stale, and so is the server-rendered page. `goTo` moves to another booking
 * (a reschedule makes a new one).
 */
export function useAfterBookingChange() {
  const queryClient = useQueryClient();
  const router = useRouter();
  return useCallback(
    async (goTo?: string) => {
      await queryClient.invalidateQueries({ queryKey: bookingKeys.all });
      if (goTo) router.push(goTo);
      router.refresh();
    },
    [queryClient, router],
  );
}
