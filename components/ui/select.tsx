import type { ComponentProps } from "react";
import { fieldClass, type FieldSize } from "./input";

/**
 * A native select in the inputs' frame, white so that it does not look disabled on a grey bar;
 * `tone` frames and fills it in the caller's colours instead (a figure's status).
 */
export function Select({ size, tone, className, ...props }: Omit<ComponentProps<"select">, "size"> & { size?: FieldSize; tone?: string }) {
  return <select className={fieldClass({ size, tone, white: true, className })} {...props} />;
}
