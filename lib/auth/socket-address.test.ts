import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { SOCKET_ADDRESS_HEADER } from "./client-address";
import { recordSocketAddresses, socketAddressFrom } from "./socket-address";

describe("the connection's address, as the server records it for route handlers", () => {
  it("is written over whatever a client sends under the header's name, and a forged value is not believed", async () => {
    // Before the hook is installed, nothing is believed.
    expect(socketAddressFrom("anything 203.0.113.7")).toBeUndefined();
    recordSocketAddresses();
    const seen: unknown[] = [];
    const server = http.createServer((request, response) => {
      seen.push(request.headers[SOCKET_ADDRESS_HEADER]);
      response.end();
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    try {
      const { port } = server.address() as AddressInfo;
      await new Promise<void>((resolve, reject) => {
        http
          .get({ host: "127.0.0.1", port, localAddress: "127.0.0.2", headers: { [SOCKET_ADDRESS_HEADER]: "forged 203.0.113.7" } }, (r) => r.resume().on("end", resolve))
          .on("error", reject);
      });
    } finally {
      server.close();
    }
    expect(socketAddressFrom(seen[0])).toBe("127.0.0.2");
    expect(socketAddressFrom("forged 203.0.113.7")).toBeUndefined();
    expect(socketAddressFrom(undefined)).toBeUndefined();
  });
});
