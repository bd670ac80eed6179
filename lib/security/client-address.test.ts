import { describe, expect, it } from "vitest";
import { clientAddress, PEER_ADDRESS_HEADER } from "./client-address";

const request = (headers: Record<string, string>) =>
  new Request("http://localhost:3000/api/v1/auth/magic-link", { headers });

describe("clientAddress", () => {
  it("with no trusted proxy, is the socket's peer whatever X-Forwarded-For says", () => {
    for (const forged of ["1.1.1.1", "2.2.2.2", "3.3.3.3, 4.4.4.4"]) {
      expect(clientAddress(request({ [PEER_ADDRESS_HEADER]: "192.0.2.10", "x-forwarded-for": forged }), 0)).toBe(
        "192.0.2.10",
      );
    }
  });

  it("with one trusted proxy, is the address that proxy appended, not what the client prepended", () => {
    const headers = { [PEER_ADDRESS_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 198.51.100.7" };
    expect(clientAddress(request(headers), 1)).toBe("198.51.100.7");
    expect(clientAddress(request({ ...headers, "x-forwarded-for": "198.51.100.7" }), 1)).toBe("198.51.100.7");
  });

  it("with two trusted proxies, skips both hops", () => {
    const headers = { [PEER_ADDRESS_HEADER]: "10.0.0.3", "x-forwarded-for": "6.6.6.6, 198.51.100.7, 10.0.0.2" };
    expect(clientAddress(request(headers), 2)).toBe("198.51.100.7");
  });

  it("without a peer (no launcher), is one shared bucket, never a forged header", () => {
    expect(clientAddress(request({ "x-forwarded-for": "1.1.1.1" }), 0)).toBe("unknown");
    expect(clientAddress(request({ "x-real-ip": "1.1.1.1" }), 0)).toBe("unknown");
  });
});
