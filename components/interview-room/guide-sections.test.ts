import { describe, expect, it } from "vitest";
import { splitGuide } from "./guide-sections";

describe("splitGuide", () => {
  it("takes the follow-up section out of the guide", () => {
    const md =
      "## What a strong answer covers\n\nScope.\n\n## Follow-up questions\n\n- Abuse?\n- Cost?\n\n## Common pitfalls\n\n- Jumping in";
    const { guide, followUps } = splitGuide(md);
    expect(followUps).toBe("- Abuse?\n- Cost?");
    expect(guide).toContain("## What a strong answer covers");
    expect(guide).toContain("## Common pitfalls");
    expect(guide).not.toContain("Abuse?");
  });

  it("leaves a guide without that section whole", () => {
    expect(splitGuide("Just some notes\n\n## Pitfalls\n- x")).toEqual({
      guide: "Just some notes\n\n## Pitfalls\n- x",
      followUps: null,
    });
  });
});
