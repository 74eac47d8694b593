// An uploaded file's cells, whatever its format: the first sheet of an .xlsx, or a CSV.
import { readCsv } from "./csv-read";
import type { UploadRow } from "./upload";
import { readXlsx } from "./xlsx";

export async function readUploadFile(name: string, bytes: ArrayBuffer): Promise<UploadRow[] | null> {
  try {
    if (name.toLowerCase().endsWith(".csv")) return readCsv(new TextDecoder("utf-8").decode(bytes));
    const [first] = await readXlsx(bytes);
    return first?.rows ?? null;
  } catch {
    return null;
  }
}
