import crypto from "node:crypto";
import http from "node:http";
import { SOCKET_ADDRESS_HEADER } from "./client-address";

// Route handlers see a request's headers but not its connection. So the server writes the
// connection's address into a request header of its own as each request arrives, overwriting
// whatever a client sent under that name, and signs it with a per-process token, so that a value a
// client sends before this is installed (while the server starts) is not believed either.

const STATE = Symbol.for("chitieu.socketAddress");
type Holder = { [STATE]?: { token: string } };

/** Installed once per server process, at start (instrumentation.ts). */
export function recordSocketAddresses(): void {
  const holder = globalThis as Holder;
  if (holder[STATE]) return;
  const state = { token: crypto.randomBytes(16).toString("hex") };
  holder[STATE] = state;
  const emit = http.Server.prototype.emit;
  http.Server.prototype.emit = function (this: http.Server, event: string | symbol, ...args: unknown[]): boolean {
    if (event === "request") {
      const request = args[0] as http.IncomingMessage;
      request.headers[SOCKET_ADDRESS_HEADER] = `${state.token} ${request.socket.remoteAddress ?? ""}`;
    }
    return Reflect.apply(emit, this, [event, ...args]) as boolean;
  };
}

/** The connection's address from the header the server wrote; undefined when it did not write it. */
export function socketAddressFrom(header: unknown): string | undefined {
  const state = (globalThis as Holder)[STATE];
  if (!state || typeof header !== "string") return undefined;
  const space = header.indexOf(" ");
  if (space < 0 || header.slice(0, space) !== state.token) return undefined;
  return header.slice(space + 1) || undefined;
}
