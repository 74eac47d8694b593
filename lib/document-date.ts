// Dates as Vietnamese documents write them (dd/mm/yyyy) and as the database keeps them (ISO).

/** "2024-01-19" → "19/01/2024". */
export function toDocumentDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/**
 * "19/01/2024" (also "19-1-2024" or "19.01.2024": always day first, as Vietnamese documents write
 * dates) → "2024-01-19"; null when it is no real date. The plan form and the plans template read
 * dates only through here.
 */
export function fromDocumentDate(input: string): string | null {
  const m = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(input.trim());
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(mo).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A day as a link holds it (ISO) or as a person typed it (day first) → ISO; null when it is no real date. */
export function dayFromInput(input: string): string | null {
  const text = input.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return fromDocumentDate(iso ? `${iso[3]}/${iso[2]}/${iso[1]}` : text);
}
