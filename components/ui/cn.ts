/** Joins class names, skipping the empty ones: cn("a", cond && "b"). Classes add; they never override. */
export function cn(...classes: (string | false | null | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}
