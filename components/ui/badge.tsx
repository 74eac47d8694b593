import type { ComponentProps } from "react";
import { cn } from "./cn";

/** A short label in a coloured frame; the colour comes from the caller (a status's style), never alone. */
export function Badge({ className, ...props }: ComponentProps<"span">) {
  return <span className={cn("inline-flex items-center gap-1 whitespace-nowrap rounded px-2 py-0.5 text-sm ring-1", className)} {...props} />;
}
