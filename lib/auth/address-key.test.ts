import { describe, expect, it } from "vitest";
import { backoffAddress } from "./address-key";

describe("backoffAddress", () => {
  it.each([
    ["198.51.100.7", "198.51.100.7"],
    [" 198.51.100.7 ", "198.51.100.7"],
    ["::ffff:198.51.100.7", "198.51.100.7"],
    ["::FFFF:198.51.100.7", "198.51.100.7"],
    ["0:0:0:0:0:ffff:c633:6407", "198.51.100.7"],
    ["::ffff:c633:6407", "198.51.100.7"],
    ["2001:db8:1:2:3:4:5:6", "2001:db8:1:2::/64"],
    ["2001:0db8:0001:0002:aaaa:bbbb:cccc:dddd", "2001:db8:1:2::/64"],
    ["2001:DB8:1:2::1", "2001:db8:1:2::/64"],
    ["2001:db8:1:2::", "2001:db8:1:2::/64"],
    ["2001:db8::1", "2001:db8:0:0::/64"],
    ["2001:db8::", "2001:db8:0:0::/64"],
    ["fe80::1%eth0", "fe80:0:0:0::/64"],
    ["[2001:db8:1:2::9]", "2001:db8:1:2::/64"],
    ["::1", "0:0:0:0::/64"],
    ["::", "0:0:0:0::/64"],
    ["2001:db8:1:2:3:4:198.51.100.7", "2001:db8:1:2::/64"],
    ["unknown", "unknown"],
    ["2001:db8:::1", "2001:db8:::1"],
    ["1:2:3:4:5:6:7:8:9", "1:2:3:4:5:6:7:8:9"],
    ["::ffff:300.1.1.1", "::ffff:300.1.1.1"],
  ])("%s counts as %s", (address, key) => {
    expect(backoffAddress(address)).toBe(key);
  });

  it("gives every address of one /64 the same key, and a neighbouring /64 another", () => {
    expect(backoffAddress("2001:db8:1:2:ffff:ffff:ffff:ffff")).toBe(backoffAddress("2001:db8:1:2::"));
    expect(backoffAddress("2001:db8:1:3::")).not.toBe(backoffAddress("2001:db8:1:2::"));
  });
});
