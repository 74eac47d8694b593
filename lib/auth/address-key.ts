// The address a sign-in is counted under for its back-off. One IPv6 customer is usually given a whole
// /64, so counting each of its addresses apart would give a guesser endless fresh addresses: an IPv6
// address counts as its /64. An IPv4 address written inside IPv6 (::ffff:a.b.c.d) counts as the IPv4
// address, so that the two spellings of one client share a count. Pure: strings in, string out.

/** The back-off key for a client address: IPv4 as is, IPv6 as its /64 prefix; anything else unchanged. */
export function backoffAddress(address: string): string {
  const plain = address.trim().toLowerCase().replace(/^\[(.*)\]$/, "$1").replace(/%.*$/, "");
  if (!plain.includes(":")) return plain;
  const groups = ipv6Groups(plain);
  if (!groups) return plain;
  const [g0, g1, g2, g3, g4, g5, g6 = 0, g7 = 0] = groups;
  if ([g0, g1, g2, g3, g4].every((g) => g === 0) && g5 === 0xffff) return [g6 >> 8, g6 & 0xff, g7 >> 8, g7 & 0xff].join(".");
  return `${groups.slice(0, 4).map((g) => g.toString(16)).join(":")}::/64`;
}

/** The eight 16-bit groups of an IPv6 address, or null when it is not one. */
function ipv6Groups(text: string): number[] | null {
  const halves = text.split("::");
  if (halves.length > 2) return null;
  const parse = (part: string): number[] | null => {
    if (part === "") return [];
    const out: number[] = [];
    const pieces = part.split(":");
    for (const [i, piece] of pieces.entries()) {
      if (i === pieces.length - 1 && piece.includes(".")) {
        const octets = piece.split(".");
        if (octets.length !== 4 || !octets.every((o) => /^\d{1,3}$/.test(o) && Number(o) <= 255)) return null;
        const [a = 0, b = 0, c = 0, d = 0] = octets.map(Number);
        out.push((a << 8) | b, (c << 8) | d);
      } else if (/^[0-9a-f]{1,4}$/.test(piece)) {
        out.push(parseInt(piece, 16));
      } else {
        return null;
      }
    }
    return out;
  };
  const [first = "", second] = halves;
  const head = parse(first);
  const tail = second === undefined ? [] : parse(second);
  if (!head || !tail) return null;
  if (halves.length === 1) return head.length === 8 ? head : null;
  const missing = 8 - head.length - tail.length;
  return missing >= 1 ? [...head, ...Array<number>(missing).fill(0), ...tail] : null;
}
