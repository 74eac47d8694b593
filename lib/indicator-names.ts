// An indicator's name and unit of measure in the reader's language: Vietnamese for "vi", English otherwise.

export function indicatorName(indicator: { nameVi: string; nameEn: string }, locale: string): string {
  return locale === "vi" ? indicator.nameVi : indicator.nameEn;
}

/** The unit of measure (ĐVT): "tỷ đồng" or "billion VND". */
export function measureName(indicator: { measureVi: string; measureEn: string }, locale: string): string {
  return locale === "vi" ? indicator.measureVi : indicator.measureEn;
}
