// Download responses for route handlers: the right type, an ASCII file name with the UTF-8 one beside it.
import { searchKey } from "../search-key";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
export const CSV_TYPE = "text/csv; charset=utf-8";
export const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const TYPES = { xlsx: XLSX_TYPE, csv: CSV_TYPE, docx: DOCX_TYPE } as const;

/** "Báo cáo Phường Bỉm Sơn 2025" → "bao-cao-phuong-bim-son-2025". */
export function fileSlug(text: string): string {
  return searchKey(text).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

export function fileResponse(body: Buffer | string, fileName: string, format: keyof typeof TYPES): Response {
  const name = `${fileName}.${format}`;
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : new Uint8Array(body);
  return new Response(bytes, {
    headers: {
      "Content-Type": TYPES[format],
      "Content-Disposition": `attachment; filename="${fileSlug(fileName)}.${format}"; filename*=UTF-8''${encodeURIComponent(name)}`,
      "Cache-Control": "no-store",
    },
  });
}
