import { describe, expect, it } from "vitest";
import { canonicalLoopbackUrl } from "./canonical-host";

const page = new URL("http://localhost:3000/sign-in?next=%2Fprogress");

describe("the one address a local MockLoop is used at", () => {
  it("sends another loopback name of the same port to PUBLIC_URL's", () => {
    expect(canonicalLoopbackUrl(page, "127.0.0.1:3000", "http://localhost:3000")).toBe(
      "http://localhost:3000/sign-in?next=%2Fprogress",
    );
    expect(canonicalLoopbackUrl(page, "[::1]:3000", "http://localhost:3000")).toBe(
      "http://localhost:3000/sign-in?next=%2Fprogress",
    );
    expect(canonicalLoopbackUrl(page, "localhost:3000", "http://127.0.0.1:3000")).toBe(
      "http://127.0.0.1:3000/sign-in?next=%2Fprogress",
    );
  });

  it("leaves PUBLIC_URL's own name, other ports, real hosts and deployments alone", () => {
    expect(canonicalLoopbackUrl(page, "localhost:3000", "http://localhost:3000")).toBeNull();
    expect(canonicalLoopbackUrl(page, "127.0.0.1:4000", "http://localhost:3000")).toBeNull();
    expect(canonicalLoopbackUrl(page, "192.168.1.5:3000", "http://localhost:3000")).toBeNull();
    expect(canonicalLoopbackUrl(page, "127.0.0.1:3000", "https://mockloop.example.com")).toBeNull();
    expect(canonicalLoopbackUrl(page, null, "http://localhost:3000")).toBeNull();
    expect(canonicalLoopbackUrl(page, "bad host header", "http://localhost:3000")).toBeNull();
  });
});
