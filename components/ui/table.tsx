import type { ComponentProps } from "react";
import { cardClass } from "./card";
import { cn } from "./cn";

// The app's data tables: a white card that scrolls sideways on a phone, ruled cells, a grey head.

/** The card around a table: scrolls sideways instead of squeezing columns. */
export function TableCard({ className, ...props }: ComponentProps<"div">) {
  return <div className={cardClass({ padding: "none", className: cn("overflow-x-auto", className) })} {...props} />;
}

export function Table({ className, ...props }: ComponentProps<"table">) {
  return <table className={cn("w-full border-collapse text-sm", className)} {...props} />;
}

export function TableHead({ className, ...props }: ComponentProps<"thead">) {
  return <thead className={cn("bg-slate-100", className)} {...props} />;
}

/** `dense` for long lists (the upload's rows, the registry's counts). */
export function thClass({ dense = false, className }: { dense?: boolean; className?: string } = {}): string {
  return cn("border border-slate-300 px-2 text-left font-semibold", dense ? "py-1" : "py-2", className);
}

export function tdClass({ dense = false, className }: { dense?: boolean; className?: string } = {}): string {
  return cn("border border-slate-300 px-2", dense ? "py-1" : "py-1.5", className);
}

/** A header cell, a column's by default (scope="col"); pass scope="row" for a row's. */
export function Th({ dense, className, scope = "col", ...props }: ComponentProps<"th"> & { dense?: boolean }) {
  return <th scope={scope} className={thClass({ dense, className })} {...props} />;
}

export function Td({ dense, className, ...props }: ComponentProps<"td"> & { dense?: boolean }) {
  return <td className={tdClass({ dense, className })} {...props} />;
}
