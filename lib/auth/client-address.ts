// The address a sign-in comes from, for its back-off. The X-Forwarded-For header is whatever the
// client wrote, unless a reverse proxy we trust appends to it: so by default the address is the
// connection's own, and with TRUSTED_PROXY=n it is the entry the n-th proxy from us appended.

/** Request header the server sets from the connection (see instrumentation.ts); any value a client sends is overwritten. */
export const SOCKET_ADDRESS_HEADER = "x-chitieu-socket-address";

export function clientAddress({
  socketAddress,
  forwardedFor,
  trustedProxies,
}: {
  socketAddress: string | undefined;
  forwardedFor: string | undefined;
  trustedProxies: number;
}): string {
  const own = socketAddress?.trim() || "unknown";
  if (trustedProxies === 0) return own;
  const entries = (forwardedFor ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter((entry) => entry !== "");
  // Counting from the right: each trusted proxy appended the address it was reached from.
  return entries[entries.length - trustedProxies] ?? own;
}
