import { describe, expect, it } from "vitest";
import { profileSchema } from "@/lib/users/profile.schema";
import { clientErrors, firstErrors, splitList, toDraft } from "./profile-draft";

describe("profile draft", () => {
  it("splits comma lists, trimming and dropping repeats whatever their case", () => {
    expect(splitList(" Google, Meta,google , ,Stripe")).toEqual(["Google", "Meta", "Stripe"]);
    expect(splitList("")).toEqual([]);
  });

  it("starts a new profile empty with English and no zone chosen", () => {
    expect(toDraft(null)).toMatchObject({ displayName: "", languages: "English", timeZone: null, focusAreas: [] });
  });

  it("turns a saved profile back into the form's strings", () => {
    const draft = toDraft({
      displayName: "Priya",
      track: "CANDIDATE",
      level: "MID",
      hasEngineeringBackground: false,
      focusAreas: ["system-design"],
      targetCompanies: ["Google", "Stripe"],
      timeZone: "Asia/Kolkata",
      languages: ["English", "Hindi"],
      bio: "",
      meetingUrl: null,
    });
    expect(draft).toMatchObject({
      hasEngineeringBackground: "no",
      targetCompanies: "Google, Stripe",
      languages: "English, Hindi",
      meetingUrl: "",
    });
  });

  it("keeps the first message per field and words empty boxes plainly", () => {
    expect(
      firstErrors([
        { path: ["bio"], message: "first" },
        { path: ["bio"], message: "second" },
        { path: [], message: "form" },
      ]),
    ).toEqual({ bio: "first", _: "form" });
    const draft = { ...toDraft(null), languages: " " };
    const parsed = profileSchema.safeParse({ displayName: "", languages: [] });
    expect(parsed.success).toBe(false);
    if (!parsed.success) {
      const errors = clientErrors(parsed.error, draft);
      expect(errors.displayName).toBe("Enter the name peers will see");
      expect(errors.languages).toBe("Add at least one language, e.g. English");
    }
  });
});
