import type { MetadataRoute } from "next";
import { THEME_COLOR } from "@/components/layout/theme";
import { MESSAGES } from "@/lib/i18n/messages";

// What a phone needs to add the app to its home screen, in Vietnamese, the app's first language.
export default function manifest(): MetadataRoute.Manifest {
  const common = MESSAGES.vi.common;
  return {
    name: common.appName,
    short_name: common.appName,
    description: common.tagline,
    lang: "vi",
    start_url: "/",
    scope: "/",
    display: "standalone",
    theme_color: THEME_COLOR,
    background_color: "#f8fafc",
    icons: [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png", purpose: "any" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "any" },
      // Drawn edge to edge with the marks inside the middle 60%, so a phone may cut it to its own shape.
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ],
  };
}
