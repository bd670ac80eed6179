/**
 * The interviewer's guide is one Markdown document; the room shows its
 * follow-up questions in their own column, so they are at hand mid-interview.
 */
export function splitGuide(markdown: string): { guide: string; followUps: string | null } {
  const sections = markdown.split(/^(?=##\s)/m);
  const isFollowUps = (section: string) => /^##\s+follow[- ]?ups?\b/i.test(section.trim());
  const followUps = sections.find(isFollowUps);
  if (!followUps) return { guide: markdown.trim(), followUps: null };
  return {
    guide: sections
      .filter((s) => !isFollowUps(s))
      .join("")
      .trim(),
    followUps: followUps.replace(/^##[^\n]*\n?/, "").trim(),
  };
}
