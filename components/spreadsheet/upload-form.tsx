"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import type { UploadPreviewState } from "@/app/units/[unitId]/entry/upload/actions";

/** Choose a filled template, check it, and read every problem by row and column before anything is saved. */
export function UploadForm({
  action,
}: {
  action: (previous: UploadPreviewState, formData: FormData) => Promise<UploadPreviewState>;
}) {
  const t = useTranslations("spreadsheet.upload");
  const [state, formAction, pending] = useActionState(action, { status: "idle" });
  const th = "border border-slate-300 px-2 py-1 text-left font-semibold";
  const td = "border border-slate-300 px-2 py-1 align-top";
  return (
    <div className="space-y-4">
      <form action={formAction} className="flex flex-wrap items-end gap-3 rounded-lg bg-white p-3 shadow-sm">
        <label className="flex flex-col text-sm">
          {t("file")}
          <input name="file" type="file" required accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="mt-1" />
        </label>
        <button type="submit" disabled={pending} className="rounded bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-900 disabled:opacity-60">
          {pending ? t("checking") : t("check")}
        </button>
      </form>

      {state.status === "checked" && (
        <div className="space-y-4" aria-live="polite">
          {state.summary && <p data-testid="upload-summary">{state.summary}</p>}
          {state.problems.length > 0 ? (
            <section aria-labelledby="upload-problems">
              <h2 id="upload-problems" className="mb-2 font-semibold text-red-800">
                {t("problemsHeading", { count: state.problems.length })}
              </h2>
              <table className="w-full border-collapse bg-white text-sm" data-testid="upload-problems">
                <thead>
                  <tr className="bg-slate-100">
                    <th scope="col" className={th}>{t("columns.row")}</th>
                    <th scope="col" className={th}>{t("columns.column")}</th>
                    <th scope="col" className={th}>{t("columns.reason")}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.problems.map((p, i) => (
                    <tr key={i}>
                      <td className={td}>{p.row ?? "—"}</td>
                      <td className={td}>{p.column}</td>
                      <td className={td}>{p.reason}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ) : (
            <p>{t("noProblems")}</p>
          )}
          {state.figures.length > 0 && (
            <section aria-labelledby="upload-figures">
              <h2 id="upload-figures" className="mb-2 font-semibold">
                {state.kind === "plans" ? t("plansHeading") : t("changesHeading")}
              </h2>
              <table className="w-full border-collapse bg-white text-sm" data-testid="upload-figures">
                <thead>
                  <tr className="bg-slate-100">
                    <th scope="col" className={th}>{t("columns.row")}</th>
                    <th scope="col" className={th}>{t("columns.indicator")}</th>
                    <th scope="col" className={th}>{t("columns.current")}</th>
                    <th scope="col" className={th}>{t("columns.incoming")}</th>
                    <th scope="col" className={th}>{t("columns.change")}</th>
                  </tr>
                </thead>
                <tbody>
                  {state.figures.map((f) => (
                    <tr key={f.row}>
                      <td className={td}>{f.row}</td>
                      <td className={td}>{f.indicator}</td>
                      <td className={`${td} text-right`}>{f.current}</td>
                      <td className={`${td} text-right`}>{f.incoming}</td>
                      <td className={td}>{f.change}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          )}
          {state.problems.length === 0 && <p className="text-sm text-slate-700">{state.toSave === 0 ? t("nothingToSave") : state.kind === "plans" ? t("commitPlansPending") : t("commitPending")}</p>}
        </div>
      )}
    </div>
  );
}
