import { queryOptions } from "@tanstack/react-query";
import { apiRequest } from "@/components/api-request";
import type { ConnectCalendarInput, ExternalCalendarView } from "@/lib/external-calendars/external-calendar.schema";

export const calendarKeys = {
  all: ["external-calendars"] as const,
  mine: () => [...calendarKeys.all, "me"] as const,
};

/** Shared by the page's prefetch (with listCalendars as queryFn) and the section's hook. */
export const myCalendarsQuery = () =>
  queryOptions({
    queryKey: calendarKeys.mine(),
    queryFn: () => apiRequest<{ calendars: ExternalCalendarView[] }>("/api/v1/me/calendars"),
  });

export const connectMyCalendar = (input: ConnectCalendarInput) =>
  apiRequest<ExternalCalendarView>("/api/v1/me/calendars", { method: "POST", body: input });

export const refreshMyCalendar = (id: string) =>
  apiRequest<{ queued: boolean }>(`/api/v1/me/calendars/${encodeURIComponent(id)}/refresh`, { method: "POST" });

export const removeMyCalendar = (id: string) =>
  apiRequest(`/api/v1/me/calendars/${encodeURIComponent(id)}`, { method: "DELETE" });
