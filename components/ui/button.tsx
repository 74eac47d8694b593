import type { ComponentProps } from "react";
import { cn } from "./cn";

// The app's buttons, one look each. Links that act as buttons take buttonClass().
const BASE = "rounded focus-visible:outline-2 focus-visible:outline-offset-2 disabled:opacity-60";
// The focus ring's colour is each variant's own: red on the page, white on the red header bar.
const VARIANTS = {
  /** The one action of a form: save, check, show. */
  primary: "bg-red-800 font-semibold text-white hover:bg-red-900 focus-visible:outline-red-700",
  /** A lesser action beside the form's own: choose a period, filter, download. */
  secondary: "border border-red-800 text-red-800 hover:bg-red-50 focus-visible:outline-red-700",
  /** A way to another view of the same figures: print, export, back to the report. */
  neutral: "border border-slate-300 bg-white hover:border-red-700 focus-visible:outline-red-700",
  /** An action that takes something away from someone (an account's access). */
  danger: "border border-red-800 bg-red-50 font-semibold text-red-900 hover:bg-red-100 focus-visible:outline-red-700",
  /** An action that reads as a link inside a sentence or a table cell. */
  link: "text-red-800 underline focus-visible:outline-red-700",
  /** A control that keeps the text's own colour until hovered (a column's sort). */
  plain: "text-inherit hover:underline focus-visible:outline-red-700",
  /** A link or button on the red header bar (menu, sign-out, language). */
  header: "hover:underline focus-visible:outline-white",
} as const;
const SIZES = {
  sm: "px-3 py-1",
  md: "px-4 py-2",
  /** The compact links beside a report (px-3 py-1.5, small text). */
  toolbar: "px-3 py-1.5 text-sm",
  /** The header bar's entries, close together. */
  xs: "px-2 py-1",
  /** A link-like button has no padding of its own. */
  inline: "",
} as const;

export type ButtonVariant = keyof typeof VARIANTS;
export type ButtonSize = keyof typeof SIZES;

const DEFAULT_SIZE: Record<ButtonVariant, ButtonSize> = { primary: "md", secondary: "md", neutral: "md", danger: "md", link: "inline", plain: "inline", header: "xs" };

export function buttonClass({ variant = "primary", size = DEFAULT_SIZE[variant], className }: { variant?: ButtonVariant; size?: ButtonSize; className?: string } = {}): string {
  return cn(BASE, VARIANTS[variant], SIZES[size], className);
}

/** A button that submits only when told to (type="submit"); by default it is a plain button. */
export function Button({ variant, size, className, type = "button", ...props }: ComponentProps<"button"> & { variant?: ButtonVariant; size?: ButtonSize }) {
  return <button type={type} className={buttonClass({ variant, size, className })} {...props} />;
}
