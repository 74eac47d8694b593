import { getLocale, getTranslations } from "next-intl/server";
import { setLocale } from "@/app/_actions/locale";
import { LOCALES } from "@/lib/domain";
import { Button } from "@/components/ui/button";

/** A plain form, so switching language works before any JavaScript has loaded. */
export async function LocaleSwitcher() {
  const current = await getLocale();
  const t = await getTranslations("common.language");
  return (
    <form action={setLocale} className="flex items-center gap-1 text-sm" aria-label={t("label")}>
      {LOCALES.map((locale) => (
        <Button
          key={locale}
          type="submit"
          variant="header"
          name="locale"
          value={locale}
          lang={locale}
          aria-pressed={locale === current}
          className="aria-pressed:bg-white aria-pressed:font-semibold aria-pressed:text-red-800"
        >
          {t(locale)}
        </Button>
      ))}
    </form>
  );
}
