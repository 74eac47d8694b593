import type { ComponentProps } from "react";
import { cn } from "./cn";

// Inputs and selects share one frame and one focus ring; size picks the padding.
const FIELD = "rounded border border-slate-400 focus:outline-2 focus:outline-red-700";
const SIZES = {
  /** In forms and tables. */
  sm: "px-2 py-1",
  /** In a view's filter bar, beside its labels. */
  md: "bg-white px-2 py-1.5 text-base",
  /** The one field of a page (the unit search). */
  lg: "px-3 py-2 text-base",
} as const;
export type FieldSize = keyof typeof SIZES;

export function fieldClass({ size = "sm", numeric = false, className }: { size?: FieldSize; numeric?: boolean; className?: string } = {}): string {
  return cn(FIELD, SIZES[size], numeric && "text-right tabular-nums", className);
}

/** A text or number input; `numeric` aligns figures right, in even-width digits. */
export function Input({ size, numeric, className, ...props }: Omit<ComponentProps<"input">, "size"> & { size?: FieldSize; numeric?: boolean }) {
  return <input className={fieldClass({ size, numeric, className })} {...props} />;
}

export function Textarea({ size, className, ...props }: ComponentProps<"textarea"> & { size?: FieldSize }) {
  return <textarea className={fieldClass({ size, className })} {...props} />;
}
