import type { ComponentProps } from "react";
import { cn } from "./cn";

// Inputs and selects share one frame and one focus ring; size picks the padding.
const FOCUS = "rounded focus:outline-2 focus:outline-red-700";
const FRAME = "border border-slate-400";
/** A frame in the caller's colours (a figure's status) instead of the grey border. */
const TINTED = "ring-1";
const SIZES = {
  /** Inside a table cell, beside a figure (its status). */
  xs: "px-1 py-1",
  /** In forms and tables. */
  sm: "px-2 py-1",
  /** In a view's filter bar, beside its labels (white on the bar). */
  md: "px-2 py-1.5 text-base",
  /** The one field of a page (the unit search). */
  lg: "px-3 py-2 text-base",
} as const;
export type FieldSize = keyof typeof SIZES;

/**
 * The classes of a field; for the primitives here only (pages take Input, Select, Textarea).
 * `white` fills it (a select, or any field of a filter bar); `tone` gives frame and fill instead.
 */
export function fieldClass({ size = "sm", numeric = false, white = size === "md", tone, className }: { size?: FieldSize; numeric?: boolean; white?: boolean; tone?: string; className?: string } = {}): string {
  return cn(FOCUS, tone ? cn(TINTED, tone) : cn(FRAME, white && "bg-white"), SIZES[size], numeric && "text-right tabular-nums", className);
}

/** A text or number input; `numeric` aligns figures right, in even-width digits. */
export function Input({ size, numeric, className, ...props }: Omit<ComponentProps<"input">, "size"> & { size?: FieldSize; numeric?: boolean }) {
  return <input className={fieldClass({ size, numeric, className })} {...props} />;
}

export function Textarea({ size, className, ...props }: ComponentProps<"textarea"> & { size?: FieldSize }) {
  return <textarea className={fieldClass({ size, className })} {...props} />;
}

/** A checkbox in the app's colour, with the same focus ring as the buttons. */
export function Checkbox({ className, ...props }: Omit<ComponentProps<"input">, "type">) {
  return <input type="checkbox" className={cn("accent-red-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-red-700", className)} {...props} />;
}
