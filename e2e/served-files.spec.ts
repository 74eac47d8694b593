// What a browser, a phone and a search engine fetch besides the pages: the icons, the web app
// manifest and robots.txt; and the bench's bare page, which users' servers must not serve.
import { expect, test } from "@playwright/test";

/** Width and height from a PNG's header. */
function pngSize(bytes: Buffer): { width: number; height: number } {
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

test("the bench's bare page is not served without BENCH_ROUTES", async ({ request }) => {
  // "/bench/bare/" is first redirected to "/bench/bare", as every address with a trailing slash.
  for (const path of ["/bench/bare", "/bench/bare/", "/bench/bare?x=1", "/BENCH/bare", "/en/bench/bare"]) {
    expect((await request.get(path)).status(), path).toBe(404);
  }
});

test("a phone can add the app to its home screen: the manifest, in Vietnamese, with icons of the sizes it names", async ({ request, page }) => {
  const response = await request.get("/manifest.webmanifest");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("application/manifest+json");
  const manifest = (await response.json()) as {
    name: string;
    lang: string;
    start_url: string;
    display: string;
    theme_color: string;
    icons: { src: string; sizes: string; type: string }[];
  };
  expect(manifest).toMatchObject({ name: "Chỉ tiêu", lang: "vi", start_url: "/", display: "standalone" });
  for (const size of ["192x192", "512x512"]) expect(manifest.icons.map((i) => i.sizes)).toContain(size);
  for (const icon of manifest.icons) {
    const file = await request.get(icon.src);
    expect(file.status(), icon.src).toBe(200);
    expect(file.headers()["content-type"], icon.src).toContain(icon.type);
    if (icon.type === "image/png") {
      const [w, h] = icon.sizes.split("x").map(Number);
      expect(pngSize(await file.body()), icon.src).toEqual({ width: w, height: h });
    }
  }

  // The page names the manifest and the icons, and the theme colour is the header's own.
  await page.goto("/");
  const head = page.locator("head");
  await expect(head.locator('link[rel="manifest"]')).toHaveAttribute("href", "/manifest.webmanifest");
  const themeColor = await head.locator('meta[name="theme-color"]').getAttribute("content");
  expect(themeColor).toBe(manifest.theme_color);
  const headerColor = await page.locator("header").first().evaluate((el) => {
    // Tailwind gives the colour in oklch; the canvas turns it into the sRGB hex the manifest uses.
    const ctx = document.createElement("canvas").getContext("2d")!;
    ctx.fillStyle = getComputedStyle(el).backgroundColor;
    ctx.fillRect(0, 0, 1, 1);
    const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
    return "#" + [r, g, b].map((c) => c!.toString(16).padStart(2, "0")).join("");
  });
  expect(headerColor).toBe(themeColor);

  const icons = await head.locator('link[rel="icon"], link[rel="apple-touch-icon"]').evaluateAll((links) =>
    links.map((l) => ({ rel: l.getAttribute("rel"), href: l.getAttribute("href")!, sizes: l.getAttribute("sizes") })),
  );
  expect(icons.map((i) => i.href)).toEqual(expect.arrayContaining(["/favicon.ico", "/icon.svg", "/apple-touch-icon.png"]));
  for (const icon of icons) expect((await request.get(icon.href)).status(), icon.href).toBe(200);
  expect(pngSize(await (await request.get("/apple-touch-icon.png")).body())).toEqual({ width: 180, height: 180 });
  // Browsers ask for /favicon.ico whatever the page says.
  expect((await request.get("/favicon.ico")).headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
});

test("robots.txt keeps sign-in, entry, upload, plans, allocation, audit, admin and setup pages out of search engines", async ({ request }) => {
  const response = await request.get("/robots.txt");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toContain("text/plain");
  const disallowed = (await response.text())
    .split("\n")
    .filter((l) => l.startsWith("Disallow:"))
    .map((l) => l.slice("Disallow:".length).trim());
  // The pattern rule search engines apply: a prefix, * for any characters.
  const blocked = (path: string) => disallowed.some((rule) => new RegExp("^" + rule.split("*").map((p) => p.replace(/[.?+^$()[\]{}|\\]/g, "\\$&")).join(".*")).test(path));
  for (const path of ["/sign-in", "/setup", "/admin/users", "/admin/registry", "/audit", "/units/38/entry", "/units/38/entry/upload", "/units/38/plans?year=2025", "/units/38/allocation"]) {
    expect(blocked(path), path).toBe(true);
  }
  for (const path of ["/", "/units/38", "/units/38/report", "/compare", "/units/38/charts/GTSX"]) {
    expect(blocked(path), path).toBe(false);
  }
});
