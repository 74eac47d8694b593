"use client";

import { useActionState, useTransition, type FormEvent } from "react";

/**
 * A server action behind a form, submitted by hand: React's own form action would clear every
 * field after a refused submission. `prepare` may trim the form data first (unchanged rows).
 */
export function useFormAction<State>(action: (state: Awaited<State>, formData: FormData) => State | Promise<State>, initial: Awaited<State>, prepare?: (formData: FormData) => void) {
  const [state, dispatch, pending] = useActionState<State, FormData>(action, initial);
  const [, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    prepare?.(formData);
    startTransition(() => dispatch(formData));
  }
  return { state, onSubmit, pending };
}
