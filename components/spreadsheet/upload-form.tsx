"use client";

import { useActionState, useState } from "react";
import { useTranslations } from "next-intl";
import type { ActionRefusal } from "@/app/_actions/with-user";
import type { UploadCommitState, UploadPreviewState } from "@/app/[locale]/units/[unitId]/entry/upload/actions";
import { Button } from "@/components/ui/button";
import { Checkbox, Input } from "@/components/ui/input";
import { Table, TableHead, tdClass, thClass } from "@/components/ui/table";
import { MAX_UPLOAD_BYTES, MAX_UPLOAD_MEGABYTES } from "@/lib/spreadsheet/limits";
import type { ProblemText } from "@/lib/spreadsheet/problem-text";
import { cardClass } from "@/components/ui/card";

type Action<S> = (previous: S | ActionRefusal, formData: FormData) => Promise<S | ActionRefusal>;

/**
 * Choose a filled template, check it, and read every problem by row and column before anything is
 * saved; a file without problems can then be saved. The file itself is sent again to be saved, so the
 * server checks what it writes, not what the browser says.
 */
export function UploadForm({
  unitId,
  reportHref,
  preview,
  commit,
}: {
  unitId: number;
  reportHref: string;
  preview: Action<UploadPreviewState>;
  commit: Action<UploadCommitState>;
}) {
  const t = useTranslations("spreadsheet.upload");
  const tc = useTranslations("spreadsheet.commit");
  const tp = useTranslations("spreadsheet.problem");
  const [result, previewAction, pending] = useActionState(preview, { status: "idle" } as UploadPreviewState | ActionRefusal);
  // The form is reset after each check, so the checked file is kept here for saving.
  const [checkedFile, setCheckedFile] = useState<File | null>(null);
  const [checks, setChecks] = useState(0);
  // A file over the limit is stopped here, before it is sent; the server checks again.
  const [tooLarge, setTooLarge] = useState(false);
  const state: UploadPreviewState = "ok" in result || tooLarge ? { status: "idle" } : result;
  const th = thClass({ dense: true });
  const td = tdClass({ dense: true, className: "align-top" });
  return (
    <div className="space-y-4">
      <form
        action={(formData) => {
          const file = formData.get("file");
          const over = file instanceof File && file.size > MAX_UPLOAD_BYTES;
          setTooLarge(over);
          if (over) return;
          setCheckedFile(file instanceof File ? file : null);
          setChecks((n) => n + 1);
          previewAction(formData);
        }}
        className={cardClass({ bar: true })}
      >
        <input type="hidden" name="unitId" value={unitId} />
        <label className="flex flex-col text-sm">
          {t("file", { max: MAX_UPLOAD_MEGABYTES })}
          <Input name="file" type="file" required accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" className="mt-1" />
        </label>
        <Button type="submit" disabled={pending}>
          {pending ? t("checking") : t("check")}
        </Button>
      </form>

      {tooLarge && (
        <p role="alert" className="text-red-800" data-testid="upload-too-large">
          {tp("tooLarge", { max: MAX_UPLOAD_MEGABYTES })}
        </p>
      )}
      {"ok" in result && !tooLarge && (
        <p role="alert" className="text-red-800">
          {tc(result.reason ?? result.error)}
        </p>
      )}
      {state.status === "checked" && (
        <div className="space-y-4" aria-live="polite">
          {state.summary && <p data-testid="upload-summary">{state.summary}</p>}
          {state.problems.length > 0 ? (
            <section aria-labelledby="upload-problems">
              <h2 id="upload-problems" className="mb-2 font-semibold text-red-800">
                {t("problemsHeading", { count: state.problems.length })}
              </h2>
              <IssueTable issues={state.problems} place="column" className="bg-white" data-testid="upload-problems" />
            </section>
          ) : (
            <p>{t("noProblems")}</p>
          )}
          {state.problems.length === 0 && state.warnings.length > 0 && (
            <section aria-labelledby="upload-warnings">
              <h2 id="upload-warnings" className="mb-2 font-semibold text-amber-900">
                {t("warningsHeading")}
              </h2>
              <IssueTable issues={state.warnings} place="indicator" className="bg-white" data-testid="upload-warnings" />
            </section>
          )}
          {state.figures.length > 0 && (
            <section aria-labelledby="upload-figures">
              <h2 id="upload-figures" className="mb-2 font-semibold">
                {state.kind === "plans" ? t("plansHeading") : t("changesHeading")}
              </h2>
              <Table className="bg-white" data-testid="upload-figures">
                <TableHead>
                  <tr>
                    <th scope="col" className={th}>{t("columns.row")}</th>
                    <th scope="col" className={th}>{t("columns.indicator")}</th>
                    <th scope="col" className={th}>{t("columns.current")}</th>
                    <th scope="col" className={th}>{t("columns.incoming")}</th>
                    <th scope="col" className={th}>{t("columns.change")}</th>
                  </tr>
                </TableHead>
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
              </Table>
            </section>
          )}
          {state.problems.length === 0 &&
            (state.toSave === 0 ? (
              <p className="text-sm text-slate-700">{t("nothingToSave")}</p>
            ) : (
              // A new check starts a new save: its answer belongs to the file just checked.
              <CommitPanel key={checks} unitId={unitId} state={state} file={checkedFile} commit={commit} reportHref={reportHref} />
            ))}
        </div>
      )}
    </div>
  );
}

function CommitPanel({
  unitId,
  state,
  file,
  commit,
  reportHref,
}: {
  unitId: number;
  state: Extract<UploadPreviewState, { status: "checked" }>;
  file: File | null;
  commit: Action<UploadCommitState>;
  reportHref: string;
}) {
  const t = useTranslations("spreadsheet.upload");
  const tc = useTranslations("spreadsheet.commit");
  const [result, commitAction, pending] = useActionState(commit, { status: "idle" } as UploadCommitState | ActionRefusal);
  if ("ok" in result) {
    return (
      <p role="alert" className="text-red-800">
        {tc(result.reason ?? result.error)}
      </p>
    );
  }
  if (result.status === "saved") {
    return (
      <p role="status" className="font-semibold text-green-800" data-testid="upload-saved">
        {result.message}{" "}
        <a href={reportHref} className="font-normal text-red-800 underline">
          {t("backToReport")}
        </a>
      </p>
    );
  }
  const list = result.status === "refused" ? result.problems : result.status === "needs_confirmation" ? result.warnings : [];
  return (
    <form
      action={(formData) => {
        if (file) formData.set("file", file);
        commitAction(formData);
      }}
      className={cardClass({ className: "space-y-3" })}
      data-testid="upload-commit"
    >
      <input type="hidden" name="unitId" value={unitId} />
      <input type="hidden" name="seen" value={state.seen} />
      {result.status === "idle" ? (
        <p className="text-sm text-slate-700">{t("readyToSave")}</p>
      ) : (
        <div role="alert" className={result.status === "refused" ? "text-red-800" : "text-amber-900"}>
          <p className="font-semibold">{result.message}</p>
          {list.length > 0 && (
            <IssueTable issues={list} place="indicator" className="mt-2 bg-white text-slate-900" data-testid="upload-commit-issues" />
          )}
        </div>
      )}
      {result.status === "needs_confirmation" && (
        <label className="flex items-center gap-2 text-sm">
          <Checkbox name="confirm" value="yes" required />
          {t("confirm")}
        </label>
      )}
      {result.status !== "refused" && (
        <Button type="submit" disabled={pending || !file}>
          {pending ? t("saving") : state.kind === "plans" ? t("savePlans", { count: state.toSave }) : t("save", { count: state.toSave })}
        </Button>
      )}
    </form>
  );
}

/** Problems or warnings by row, with where in the row (a column, or the indicator) and why. */
function IssueTable({ issues, place, className, "data-testid": testId }: { issues: ProblemText[]; place: "column" | "indicator"; className: string; "data-testid": string }) {
  const t = useTranslations("spreadsheet.upload");
  const th = thClass({ dense: true });
  const td = tdClass({ dense: true, className: "align-top" });
  return (
    <Table className={className} data-testid={testId}>
      <TableHead>
        <tr>
          <th scope="col" className={th}>{t("columns.row")}</th>
          <th scope="col" className={th}>{t(`columns.${place}`)}</th>
          <th scope="col" className={th}>{t("columns.reason")}</th>
        </tr>
      </TableHead>
      <tbody>
        {issues.map((p, i) => (
          <tr key={i}>
            <td className={td}>{p.row ?? "—"}</td>
            <td className={td}>{p.column}</td>
            <td className={td}>{p.reason}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}
