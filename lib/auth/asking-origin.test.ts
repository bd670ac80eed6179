import { describe, expect, it } from "vitest";
import {
  linkForAskingOrigin,
  loopbackAliasOrigin,
  onOrigin,
  redirectToAskingOrigin,
  withLinkRequest,
} from "./asking-origin";

describe("the loopback address a local person asked at", () => {
  it("is used when it is another loopback name of PUBLIC_URL's port", () => {
    expect(loopbackAliasOrigin("127.0.0.1:3000", "http://localhost:3000")).toBe("http://127.0.0.1:3000");
    expect(loopbackAliasOrigin("[::1]:3000", "http://localhost:3000")).toBe("http://[::1]:3000");
    expect(loopbackAliasOrigin("localhost:3000", "http://127.0.0.1:3000")).toBe("http://localhost:3000");
    expect(loopbackAliasOrigin("127.0.0.1", "http://localhost")).toBe("http://127.0.0.1");
  });

  it("is never a non-loopback Host, another port, PUBLIC_URL's own name or a deployment's host", () => {
    expect(loopbackAliasOrigin("evil.example:3000", "http://localhost:3000")).toBeNull();
    expect(loopbackAliasOrigin("192.168.1.5:3000", "http://localhost:3000")).toBeNull();
    expect(loopbackAliasOrigin("localhost.evil.example:3000", "http://localhost:3000")).toBeNull();
    expect(loopbackAliasOrigin("127.0.0.1:4000", "http://localhost:3000")).toBeNull();
    expect(loopbackAliasOrigin("localhost:3000", "http://localhost:3000")).toBeNull();
    expect(loopbackAliasOrigin("127.0.0.1:443", "https://mockloop.example.com")).toBeNull();
    expect(loopbackAliasOrigin("evil.example", "https://mockloop.example.com")).toBeNull();
    expect(loopbackAliasOrigin(null, "http://localhost:3000")).toBeNull();
    expect(loopbackAliasOrigin("bad host header", "http://localhost:3000")).toBeNull();
    expect(loopbackAliasOrigin("user@127.0.0.1:3000", "http://localhost:3000")).toBeNull();
    expect(loopbackAliasOrigin("127.0.0.1:3000/evil", "http://localhost:3000")).toBeNull();
  });
});

describe("moving a URL to the asking origin", () => {
  const publicUrl = "http://localhost:3000";
  const link = "http://localhost:3000/api/auth/callback/email?token=t&email=a%40b.c";

  it("moves only URLs on PUBLIC_URL's origin", () => {
    expect(onOrigin(link, publicUrl, "http://127.0.0.1:3000")).toBe(
      "http://127.0.0.1:3000/api/auth/callback/email?token=t&email=a%40b.c",
    );
    expect(onOrigin("http://localhost:30001/x", publicUrl, "http://127.0.0.1:3000")).toBe("http://localhost:30001/x");
    expect(onOrigin("https://elsewhere.example/x", publicUrl, "http://127.0.0.1:3000")).toBe(
      "https://elsewhere.example/x",
    );
  });

  it("rewrites the sign-in link only inside a request that asked at a loopback alias", async () => {
    expect(linkForAskingOrigin(link, publicUrl)).toBe(link);
    await withLinkRequest({ origin: "http://127.0.0.1:3000", locale: "en-US" }, async () => {
      await Promise.resolve();
      expect(linkForAskingOrigin(link, publicUrl)).toMatch(/^http:\/\/127\.0\.0\.1:3000\/api\/auth/);
    });
    await withLinkRequest({ origin: null, locale: "en-GB" }, async () =>
      expect(linkForAskingOrigin(link, publicUrl)).toBe(link),
    );
  });
});

describe("Auth.js redirects at a loopback alias", () => {
  const publicUrl = "http://localhost:3000";
  const redirect = () => {
    const headers = new Headers({ location: "http://localhost:3000/onboarding" });
    headers.append("set-cookie", "a=1; Path=/");
    headers.append("set-cookie", "b=2; Path=/");
    return new Response(null, { status: 302, headers });
  };

  it("go back where the person is, keeping every cookie", () => {
    const moved = redirectToAskingOrigin(redirect(), "127.0.0.1:3000", publicUrl);
    expect(moved.status).toBe(302);
    expect(moved.headers.get("location")).toBe("http://127.0.0.1:3000/onboarding");
    expect(moved.headers.getSetCookie()).toEqual(["a=1; Path=/", "b=2; Path=/"]);
  });

  it("stay on PUBLIC_URL for any other Host", () => {
    expect(redirectToAskingOrigin(redirect(), "evil.example:3000", publicUrl).headers.get("location")).toBe(
      "http://localhost:3000/onboarding",
    );
    expect(redirectToAskingOrigin(redirect(), "localhost:3000", publicUrl).headers.get("location")).toBe(
      "http://localhost:3000/onboarding",
    );
  });
});
