import type { ComponentProps } from "react";
import { cn } from "./cn";
import { fieldClass, type FieldSize } from "./input";

/** A native select in the inputs' frame (white, so it does not look disabled on a grey bar). */
export function Select({ size, className, ...props }: Omit<ComponentProps<"select">, "size"> & { size?: FieldSize }) {
  return <select className={fieldClass({ size, className: cn("bg-white", className) })} {...props} />;
}
