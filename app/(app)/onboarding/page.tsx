import type { Metadata } from "next";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { requireUser } from "@/app/_server/current-user";
import { ProfileForm } from "@/components/profile/profile-form";
import { sessionCookie } from "@/lib/auth/session-cookie";
import { safeReturnPath } from "@/lib/auth/return-to";
import { revokeSession } from "@/lib/auth/sessions";
import { listInterviewTypes } from "@/lib/interview-types/list-interview-types";

export const metadata: Metadata = { title: "Set up your profile" };

// The app's nav (with its sign-out button) appears only after onboarding, so this page offers its own way out.
async function signOut() {
  "use server";
  const { name, options } = sessionCookie();
  const store = await cookies();
  const token = store.get(name)?.value;
  if (token) await revokeSession(token);
  store.set(name, "", { ...options, expires: new Date(0) });
  redirect("/sign-in");
}

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function OnboardingPage({ searchParams }: { searchParams: SearchParams }) {
  const raw = (await searchParams).next;
  const next = safeReturnPath(Array.isArray(raw) ? raw[0] : raw);
  const user = await requireUser(next ?? undefined);
  if (user.onboarded) redirect(next ?? "/dashboard");
  const interviewTypes = await listInterviewTypes();

  return (
    <div className="mx-auto max-w-2xl">
      <p className="text-lg font-bold text-brand-700">MockLoop</p>
      <h1 className="mt-6 text-2xl font-bold tracking-tight sm:text-3xl">Tell us about yourself</h1>
      <p className="mt-2 text-slate-700">
        Two minutes, then you can find a peer and book your first practice interview. Peers see your name, level and
        focus areas, never your e-mail address.
      </p>
      <div className="mt-6 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 sm:p-8">
        <ProfileForm
          initial={null}
          interviewTypes={interviewTypes.map(({ slug, name, description }) => ({ slug, name, description }))}
          submitLabel="Save and go to my dashboard"
          onSavedHref={next ?? "/dashboard"}
          // Someone who came through a shared booking page goes back to it; a new interviewer is led to their hours.
          interviewerSavedHref={next ?? "/settings/availability?welcome=1"}
        />
      </div>
      <form action={signOut} className="mt-6 text-sm text-slate-600">
        Signed in as <span className="font-medium text-slate-900">{user.email ?? "you"}</span>.{" "}
        <button type="submit" className="font-semibold text-brand-700 underline">
          Not you? Sign out
        </button>
      </form>
    </div>
  );
}
