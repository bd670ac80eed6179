import type { Metadata } from "next";
import Link from "next/link";
import { requireOnboardedUser } from "@/app/_server/current-user";

export const metadata: Metadata = { title: "Dashboard" };

function EmptyCard({ title, body, action }: { title: string; body: string; action?: { href: string; label: string } }) {
  return (
    <section aria-labelledby={`${title}-heading`} className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
      <h2 id={`${title}-heading`} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-2 text-slate-700">{body}</p>
      {action ? (
        <Link href={action.href} className="mt-3 inline-block font-semibold text-brand-700 underline">
          {action.label}
        </Link>
      ) : null}
    </section>
  );
}

export default async function DashboardPage() {
  const user = await requireOnboardedUser();
  return (
    <div>
      <h1 className="text-2xl font-bold">Welcome, {user.displayName}</h1>
      <p className="mt-1 text-slate-700">
        Times on MockLoop are shown in your zone, <strong>{user.timeZone}</strong>.{" "}
        <Link href="/settings" className="text-brand-700 underline">
          Change it
        </Link>
      </p>
      <div className="mt-6 grid gap-4 md:grid-cols-3">
        <EmptyCard
          title="Upcoming interviews"
          body="Nothing booked yet. Booking with a peer is coming soon; until then, make sure your profile says what you want to practise."
          action={{ href: "/settings", label: "Review your profile" }}
        />
        <EmptyCard title="Feedback waiting" body="When you finish an interview, the feedback you owe and the feedback you're owed show up here." />
        <EmptyCard title="Recent scores" body="Your scores per competency will appear here after your first interview." />
      </div>
    </div>
  );
}
