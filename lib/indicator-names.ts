// An indicator's name and unit of measure in the reader's language: Vietnamese for "vi", English otherwise.

/** The one rule for text stored in both languages (…Vi / …En). */
export function inReaderLanguage<T>(vi: T, en: T, locale: string): T {
  return locale === "vi" ? vi : en;
}

export function indicatorName(indicator: { nameVi: string; nameEn: string }, locale: string): string {
  return inReaderLanguage(indicator.nameVi, indicator.nameEn, locale);
}

/** The unit of measure (ĐVT): "tỷ đồng" or "billion VND". */
export function measureName(indicator: { measureVi: string; measureEn: string }, locale: string): string {
  return inReaderLanguage(indicator.measureVi, indicator.measureEn, locale);
}
