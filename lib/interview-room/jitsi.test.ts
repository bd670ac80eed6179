import { describe, expect, it } from "vitest";
import { jitsiEmbedUrl, jitsiRoomName } from "./jitsi";

describe("jitsiRoomName", () => {
  it("recognises a room on the configured server only", () => {
    expect(jitsiRoomName("https://meet.jit.si/MockLoop-abc123", "meet.jit.si")).toBe("MockLoop-abc123");
    expect(jitsiRoomName("https://MEET.jit.si/MockLoop-abc123/", "meet.jit.si")).toBe("MockLoop-abc123");
    expect(jitsiRoomName("https://meet.example.org/Room1", "meet.jit.si")).toBeNull();
    expect(jitsiRoomName("http://meet.jit.si/Room1", "meet.jit.si")).toBeNull();
    expect(jitsiRoomName("https://zoom.us/j/123", "meet.jit.si")).toBeNull();
    expect(jitsiRoomName("https://meet.jit.si/", "meet.jit.si")).toBeNull();
    expect(jitsiRoomName("not a url", "meet.jit.si")).toBeNull();
    expect(jitsiRoomName(null, "meet.jit.si")).toBeNull();
  });
});

describe("jitsiEmbedUrl", () => {
  it("puts the display name in Jitsi's hash config as JSON", () => {
    expect(jitsiEmbedUrl("meet.example.org", "Room1", 'Ana "A" & Co')).toBe(
      "https://meet.example.org/Room1#config.prejoinConfig.enabled=true&config.disableDeepLinking=true&userInfo.displayName=%22Ana%20%5C%22A%5C%22%20%26%20Co%22",
    );
  });
});
