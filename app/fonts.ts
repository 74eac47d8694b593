import localFont from "next/font/local";

// Be Vietnam Pro, self-hosted from its npm package (no download at build time): the Latin and Vietnamese
// subsets of the two weights the interface uses. next/font preloads them and sizes a local fallback to
// their metrics, so nothing moves when they swap in.
export const beVietnamPro = localFont({
  src: [
    { path: "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-400-normal.woff2", weight: "400", style: "normal" },
    { path: "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-latin-600-normal.woff2", weight: "600", style: "normal" },
    { path: "../node_modules/@fontsource/be-vietnam-pro/files/be-vietnam-pro-vietnamese-600-normal.woff2", weight: "600", style: "normal" },
  ],
  display: "swap",
  variable: "--font-be-vietnam-pro",
});
