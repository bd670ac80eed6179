import { buttonClassName } from "@/components/ui/button";

const steps = [
  { title: "Find a peer", body: "Pick an interview type and a week. We show times that suit both of your time zones." },
  { title: "Practise for real", body: "Your interviewer brings a realistic question, a guide and the rubric." },
  {
    title: "Get honest feedback",
    body: "Scores on each competency, with evidence. Released when you have both written yours.",
  },
  { title: "See yourself improve", body: "Trends per competency, calibrated scores and what to practise next." },
];

export default function LandingPage() {
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-12 sm:py-20">
      <p className="text-sm font-semibold uppercase tracking-wide text-brand-700">MockLoop</p>
      <h1 className="mt-3 text-4xl font-bold tracking-tight text-slate-900 sm:text-5xl">
        Practise TPM interviews with people who build systems.
      </h1>
      <p className="mt-5 max-w-2xl text-lg text-slate-700">
        Moving into technical program management? Book mock interviews with engineers, architects and senior TPMs. Work
        through system design, technical depth, program execution and leadership — and get scored feedback you can act
        on.
      </p>
      <div className="mt-8 flex flex-wrap gap-3">
        {/* Plain links, not next/link: this page then ships no client code of its own (no link
            module, no prefetch requests), at the price of a full page load into sign-in. */}
        <a href="/sign-in" className={buttonClassName("primary")}>
          Start practising
        </a>
        <a href="/sign-in?as=interviewer" className={buttonClassName("secondary")}>
          Offer to interview
        </a>
      </div>
      <ol className="mt-14 grid gap-4 sm:grid-cols-2">
        {steps.map((step, i) => (
          <li key={step.title} className="rounded-lg bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <p className="text-sm font-semibold text-brand-700">Step {i + 1}</p>
            <h2 className="mt-1 text-lg font-semibold">{step.title}</h2>
            <p className="mt-1 text-slate-700">{step.body}</p>
          </li>
        ))}
      </ol>
    </main>
  );
}
