// Reads CSV as RFC 4180 writes it (quotes, doubled quotes, CRLF or LF), after a UTF-8 BOM if any.
// Cells stay text: numbers are read by the Vietnamese parser, which refuses ambiguous spellings.
// Excel set to Vietnamese saves CSV with ";" between fields (the comma is its decimal mark), so the
// separator is whichever of "," and ";" the first line uses outside quotes.
export interface TextRow {
  /** 1-based line number of the record's start, as a spreadsheet shows it. */
  row: number;
  cells: (string | null)[];
}

export function csvSeparator(text: string): "," | ";" {
  let quoted = false;
  let commas = 0;
  let semicolons = 0;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === "\n" || ch === "\r")) break;
    else if (!quoted && ch === ",") commas++;
    else if (!quoted && ch === ";") semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

export function readCsv(text: string): TextRow[] {
  const input = text.startsWith("\uFEFF") ? text.slice(1) : text;
  const separator = csvSeparator(input);
  const rows: TextRow[] = [];
  let cells: string[] = [];
  let cell = "";
  let quoted = false;
  let line = 1;
  let startLine = 1;
  const endCell = () => {
    cells.push(cell);
    cell = "";
  };
  const endRow = () => {
    endCell();
    if (cells.some((c) => c.trim() !== "")) rows.push({ row: startLine, cells: cells.map((c) => (c.trim() === "" ? null : c)) });
    cells = [];
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"') {
        if (input[i + 1] === '"') {
          cell += '"';
          i++;
        } else quoted = false;
      } else {
        if (ch === "\n") line++;
        cell += ch;
      }
      continue;
    }
    if (ch === '"') quoted = true;
    else if (ch === separator) endCell();
    else if (ch === "\r" && input[i + 1] === "\n") continue;
    else if (ch === "\n" || ch === "\r") {
      endRow();
      line++;
      startLine = line;
    } else cell += ch;
  }
  if (cell !== "" || cells.length > 0) endRow();
  return rows;
}
