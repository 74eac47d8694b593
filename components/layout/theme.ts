/** The header's red (Tailwind's red-800), also the phone's bar colour for the installed app (app/manifest.ts). */
export const THEME_COLOR = "#9f0712";
