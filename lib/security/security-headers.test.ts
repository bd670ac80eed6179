import { describe, expect, it } from "vitest";
import { commonSecurityHeaders, frameSources, newNonce, pageContentSecurityPolicy } from "./security-headers";

const directives = (policy: string): Record<string, string> =>
  Object.fromEntries(policy.split("; ").map((d) => [d.split(" ")[0] ?? "", d.split(" ").slice(1).join(" ")]));

describe("page Content-Security-Policy", () => {
  it("allows scripts only by nonce, and what the interview room will need", () => {
    const policy = directives(pageContentSecurityPolicy({ nonce: "abc123" }));
    expect(policy["script-src"]).toBe("'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy["style-src"]).toBe("'self' 'unsafe-inline'");
    expect(policy["connect-src"]).toBe("'self'");
    expect(policy["img-src"]).toBe("'self' data: blob:");
    expect(policy["font-src"]).toBe("'self' data:");
    expect(policy["worker-src"]).toBe("'self' blob:");
    expect(policy["frame-src"]).toBe("https://meet.jit.si");
    expect(policy["frame-ancestors"]).toBe("'none'");
    expect(policy["object-src"]).toBe("'none'");
  });

  it("takes its frame sources from one function, ready for JITSI_DOMAIN", () => {
    expect(frameSources({ jitsiDomain: "video.example.org" })).toEqual(["https://video.example.org"]);
    const policy = pageContentSecurityPolicy({
      nonce: "n",
      frameSrc: frameSources({ jitsiDomain: "video.example.org" }),
    });
    expect(directives(policy)["frame-src"]).toBe("https://video.example.org");
  });

  it("allows eval only for next dev", () => {
    expect(pageContentSecurityPolicy({ nonce: "n" })).not.toContain("unsafe-eval");
    expect(pageContentSecurityPolicy({ nonce: "n", dev: true })).toContain("'unsafe-eval'");
  });

  it("gets a different nonce every time", () => {
    expect(newNonce()).not.toBe(newNonce());
    expect(newNonce()).toMatch(/^[A-Za-z0-9+/]{22}==$/);
  });
});

describe("common security headers", () => {
  it("send HSTS only behind https", () => {
    expect(commonSecurityHeaders("http://localhost:3000")).not.toHaveProperty("strict-transport-security");
    expect(commonSecurityHeaders("https://mockloop.example")["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(commonSecurityHeaders("http://localhost:3000")).toMatchObject({
      "x-content-type-options": "nosniff",
      "x-frame-options": "DENY",
      "referrer-policy": "strict-origin-when-cross-origin",
    });
  });
});
