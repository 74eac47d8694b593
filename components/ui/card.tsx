import { cn } from "./cn";

// A white panel on the grey page: forms, filter bars, charts, tables.
const PADDINGS = {
  none: "",
  /** Filter bars, charts. */
  sm: "p-3",
  /** A form of its own (a new account, a new indicator). */
  md: "p-4",
  /** A page's only message (not found, an error). */
  lg: "p-6",
} as const;

/** `bar` lays the panel out as a filter bar: its fields and button in a row, aligned on their bottom. */
export function cardClass({ padding = "sm", bar = false, className }: { padding?: keyof typeof PADDINGS; bar?: boolean; className?: string } = {}): string {
  return cn("rounded-lg bg-white shadow-sm", PADDINGS[padding], bar && "flex flex-wrap items-end gap-3", className);
}
