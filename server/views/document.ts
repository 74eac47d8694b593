import "server-only";
import { getDocumentSignature } from "@/db/queries/signatures";
import { getUnit, type UnitSummary } from "@/db/queries/units";
import { documentFrame, type DocumentFrame, type PlanDecision, type SignatureFields } from "@/lib/official-document";
import type { ReportIndicatorLine } from "@/lib/spreadsheet/report-rows";
import { defaultSignature, documentLabels, documentText } from "@/lib/spreadsheet/texts";
import type { ViewContext } from "./context";

export interface OfficialDocument {
  frame: DocumentFrame;
  labels: ReturnType<typeof documentLabels>;
  /** Trích yếu: what the document is about. */
  summary: string;
  /** The table's title, in capitals. */
  tableTitle: string;
}

/** The plans' decisions behind these lines, as the "Căn cứ" lines name them. */
export function decisionsOf(lines: Pick<ReportIndicatorLine, "planHigher" | "planCouncil">[]): PlanDecision[] {
  return lines.flatMap((l) => [l.planCouncil, l.planHigher]).filter((p) => p !== null).map((p) => ({ version: p.version, documentNumber: p.documentNumber, documentDate: p.documentDate }));
}

/** The unit's document fields as kept, or the defaults before an office first saves them. */
export async function signatureFields(ctx: ViewContext, { unit, parentName }: { unit: UnitSummary; parentName: string | null }): Promise<SignatureFields> {
  const stored = await getDocumentSignature(ctx.db, { unitId: unit.id });
  if (!stored) return defaultSignature({ unitName: unit.name, parentName });
  return {
    documentNumber: stored.documentNumber,
    recipients: stored.recipients.split("\n").map((r) => r.trim()).filter(Boolean),
    authority: stored.authority,
    deputy: stored.deputy,
    signerTitle: stored.signerTitle,
    signerName: stored.signerName,
    preparer: stored.preparer,
  };
}

/** Everything around a printed table of the unit: issuers, number, place and date, bases, signer. */
export async function officialDocument(
  ctx: ViewContext,
  { unit, year, date, decisions, summary, tableTitle }: { unit: UnitSummary; year: number; date: string; decisions: PlanDecision[]; summary: string; tableTitle: string },
): Promise<OfficialDocument> {
  const parent = unit.parentId === null ? null : await getUnit(ctx.db, { unitId: unit.parentId });
  const parentName = parent?.name ?? null;
  const signature = await signatureFields(ctx, { unit, parentName });
  return {
    frame: documentFrame({ unitName: unit.name, parentName, year, date, decisions, signature }, documentText()),
    labels: documentLabels(),
    summary,
    tableTitle,
  };
}
