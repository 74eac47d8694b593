"use client";

import { useTranslations } from "next-intl";
import { Button } from "@/components/ui/button";
import { cardClass } from "@/components/ui/card";

export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  const t = useTranslations("common.error");
  return (
    <div role="alert" className={cardClass({ padding: "lg", className: "space-y-3" })}>
      <h1 className="text-xl font-semibold">{t("title")}</h1>
      <p>{t("body")}</p>
      <Button type="button" onClick={reset}>
        {t("retry")}
      </Button>
    </div>
  );
}
