import { dehydrate, HydrationBoundary, QueryClient } from "@tanstack/react-query";
import type { Metadata } from "next";
import Link from "next/link";
import { requireOnboardedUser } from "@/app/_server/current-user";
import { ProfileForm } from "@/components/profile/profile-form";
import { ApiTokensSection } from "@/components/settings/api-tokens-section";
import { DeleteAccountSection } from "@/components/settings/delete-account-section";
import { SessionsSection } from "@/components/settings/sessions-section";
import { SettingsSection } from "@/components/settings/settings-section";
import { Button } from "@/components/ui/button";
import { tokenKeys, type ApiTokenRow } from "@/components/settings/token-queries";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { hasCalendarFeed } from "@/lib/calendar/calendar-feed";
import { getNotificationSettings } from "@/lib/users/notification-settings";
import { ReminderEmailsSection } from "@/components/settings/reminder-emails-section";
import { CalendarFeedSection } from "@/components/settings/calendar-feed-section";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";
import { getMe } from "@/lib/users/get-me";

export const metadata: Metadata = { title: "Settings" };

const SECTIONS = [
  { id: "profile", label: "Profile" },
  { id: "availability", label: "Availability" },
  { id: "notifications", label: "E-mail" },
  { id: "calendar", label: "Calendar feed" },
  { id: "api-tokens", label: "API tokens" },
  { id: "sessions", label: "Sessions" },
  { id: "delete-account", label: "Delete my account" },
] as const;

export default async function SettingsPage() {
  const caller = await requireOnboardedUser();
  const [me, interviewTypes, tokens, feedOn, notifications] = await Promise.all([
    getMe(caller),
    listInterviewTypes(),
    listApiTokens(caller),
    hasCalendarFeed(caller),
    getNotificationSettings(caller),
  ]);
  const timeZone = me.profile?.timeZone ?? caller.timeZone ?? "UTC";

  // Prefetch the token list into the same cache key the client hook reads, in the API's JSON shape.
  const queryClient = new QueryClient();
  queryClient.setQueryData<ApiTokenRow[]>(
    tokenKeys.list(),
    tokens.map((t) => ({
      ...t,
      createdAt: t.createdAt.toISOString(),
      lastUsedAt: t.lastUsedAt?.toISOString() ?? null,
    })),
  );

  return (
    <div>
      <h1 className="text-2xl font-bold">Settings</h1>
      <p className="mt-1 text-slate-700">
        Signed in as <strong className="break-all">{me.email}</strong>. Your e-mail address is never shown to other
        people.
      </p>

      <div className="mt-6 lg:grid lg:grid-cols-[11rem_1fr] lg:gap-8">
        <nav aria-label="Settings sections" className="mb-6 lg:mb-0">
          <ul className="flex flex-wrap gap-2 lg:sticky lg:top-6 lg:flex-col lg:gap-1">
            {SECTIONS.map((section) => (
              <li key={section.id}>
                <a
                  href={`#${section.id}`}
                  className="inline-flex min-h-11 items-center rounded-md px-3 text-sm font-medium text-slate-700 ring-1 ring-slate-200 hover:bg-white lg:w-full lg:ring-0"
                >
                  {section.label}
                </a>
              </li>
            ))}
          </ul>
        </nav>

        <div className="min-w-0 space-y-8">
          <SettingsSection
            id="profile"
            title="Profile"
            intro="What peers see on your profile card, and what MockLoop uses to find you a match."
          >
            <ProfileForm initial={me.profile} interviewTypes={interviewTypes} submitLabel="Save changes" />
          </SettingsSection>

          <SettingsSection
            id="availability"
            title="Availability"
            intro={`The weekly hours when peers can book you, set in your zone, ${timeZone}.`}
          >
            <Button asChild variant="secondary">
              <Link href="/settings/availability">Set your availability</Link>
            </Button>
          </SettingsSection>

          <SettingsSection
            id="notifications"
            title="E-mail"
            intro="We e-mail you when an interview is booked, moved or cancelled, with a calendar invite."
          >
            <ReminderEmailsSection initial={notifications.reminderEmails} />
          </SettingsSection>

          <SettingsSection
            id="calendar"
            title="Calendar feed"
            intro="A private address your calendar app can subscribe to, listing your MockLoop interviews."
          >
            <CalendarFeedSection hasFeed={feedOn} />
          </SettingsSection>

          <SettingsSection
            id="api-tokens"
            title="API tokens"
            intro={
              <p>
                A token lets your own scripts use MockLoop as you. Treat it like a password: anyone who has it can act
                as you until you revoke it.
              </p>
            }
          >
            <HydrationBoundary state={dehydrate(queryClient)}>
              <ApiTokensSection timeZone={timeZone} />
            </HydrationBoundary>
          </SettingsSection>

          <SettingsSection
            id="sessions"
            title="Sessions"
            intro="Signed in on a shared or lost device? Sign out everywhere to end every session at once. It revokes your API tokens too."
          >
            <SessionsSection />
          </SettingsSection>

          <SettingsSection
            id="delete-account"
            title="Delete my account"
            tone="danger"
            intro="If you delete your account:"
          >
            <DeleteAccountSection />
          </SettingsSection>
        </div>
      </div>
    </div>
  );
}
