import type { ComponentProps } from "react";
import { cn } from "./cn";

const TONES = {
  /** Saved, created: announced politely (role="status"). */
  success: "bg-emerald-50 text-emerald-900",
  /** Refused: announced at once (role="alert"). */
  error: "bg-red-50 text-red-900",
} as const;
export type AlertTone = keyof typeof TONES;

/** The outcome of a form's submission, in a tinted box that screen readers announce. */
export function Alert({ tone, className, ...props }: ComponentProps<"div"> & { tone: AlertTone }) {
  return <div role={tone === "success" ? "status" : "alert"} className={cn("rounded p-3", TONES[tone], className)} {...props} />;
}

/** A field's own refusal, under it. */
export function FieldError({ className, ...props }: ComponentProps<"span">) {
  return <span className={cn("text-xs text-red-800", className)} {...props} />;
}
