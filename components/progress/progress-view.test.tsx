import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import type { ReactNode } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { InterviewerView } from "./interviewer-view";
import { INTERVIEWING, NO_PROGRESS, PROGRESS } from "./progress.fixture";
import { interviewingQuery, progressQuery } from "./progress-keys";
import { ProgressView } from "./progress-view";

function render(node: ReactNode, seed: (client: QueryClient) => void): string {
  const client = new QueryClient();
  seed(client);
  return renderToStaticMarkup(<QueryClientProvider client={client}>{node}</QueryClientProvider>);
}

describe("ProgressView", () => {
  const html = render(<ProgressView type={null} timeZone="Asia/Kolkata" />, (c) =>
    c.setQueryData(progressQuery(null).queryKey, PROGRESS),
  );

  it("marks the selected type and links the others by URL", () => {
    expect(html).toMatch(/<a aria-current="page"[^>]*href="\/progress\?type=system-design"/);
    expect(html).toContain('href="/progress?type=technical-depth"');
  });

  it("gives every chart a data table with a row per interview, dates in the viewer's zone", () => {
    expect(html).toContain("Architecture scores, oldest first");
    const rows = html.match(/<tr class="border-b border-slate-100">/g) ?? [];
    // Two competencies × three interviews, plus two rows of the current-level table.
    expect(rows.length).toBe(6);
    expect(html).toContain("1 Oct 2026, 00:00"); // 18:30 UTC is past midnight in Kolkata
  });

  it("puts the calibrated score beside the raw one and says what calibrated means", () => {
    expect(html).toContain("adjusted for how strictly each interviewer grades");
    expect(html).toContain("Offsets are re-estimated nightly.");
    expect(html).toMatch(/Now <strong[^>]*>2\.9<\/strong> · calibrated <strong[^>]*>2\.8<\/strong>/);
  });

  it("gives readiness with its reason, and what to practise next with a way straight to Find a peer", () => {
    expect(html).toContain("Not quite ready for System design yet");
    expect(html).toContain("Data &amp; storage is at 1.8, below 2.5.");
    expect(html).toContain('href="/questions/q-1"');
    expect(html).toContain('href="/find?type=system-design"');
  });

  it("shows the self-assessed score in its own labelled column, apart from the peer figures", () => {
    expect(html).toContain("Self-assessed");
    expect(html).toContain("never counted in your peer scores");
    expect(html).toMatch(/3\.5<span[^>]*>2 attempts<\/span>/);
  });

  it("links the weakest competency to its explainers, resources and solo questions (learning path)", () => {
    expect(html).toContain('href="/questions/q-2#learn-heading"');
    expect(html).toContain("Designing Data-Intensive Applications");
    expect(html).toContain('href="/practice/new?question=q-3"');
  });

  it("invites a first booking when there is nothing to chart", () => {
    const empty = render(<ProgressView type={null} timeZone="UTC" />, (c) =>
      c.setQueryData(progressQuery(null).queryKey, NO_PROGRESS),
    );
    expect(empty).toContain("Nothing to chart yet.");
    expect(empty).toMatch(/href="\/find"[^>]*>Book your first mock/);
  });
});

describe("InterviewerView", () => {
  it("shows ratings with a table and the grading offset in words", () => {
    const html = render(<InterviewerView timeZone="UTC" />, (c) =>
      c.setQueryData(interviewingQuery().queryKey, INTERVIEWING),
    );
    expect(html).toContain("4.3 / 5");
    expect(html).toContain("90%");
    expect(html).toContain("more strictly than other interviewers");
    expect(html).toContain("Ratings from candidates, oldest first");
  });

  it("points a newcomer at their availability", () => {
    const html = render(<InterviewerView timeZone="UTC" />, (c) =>
      c.setQueryData(interviewingQuery().queryKey, {
        ...INTERVIEWING,
        feedbackGiven: 0,
        ratingsReceived: [],
        // Kept interviews as a candidate count for reliability but don't make an interviewer.
        reliability: { completed: 14, lateCancellations: 0, noShows: 0, score: 0.95 },
      }),
    );
    expect(html).toContain("You haven&#x27;t interviewed anyone yet.");
    expect(html).toContain('href="/settings/availability"');
  });
});
