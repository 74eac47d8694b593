"use client";

import { useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { untouchedIds } from "@/lib/form-changes";
import { useFormAction } from "./use-form-action";

/** What a save of many figures answers, as far as this form's bookkeeping is concerned. */
type SaveAnswer =
  | { ok: true; revisions: Record<number, number> }
  | { ok: false; error: "conflict"; conflicts: { indicatorId: number; revision: number }[] }
  | { ok: false; error: string };

/**
 * A form of many figures (the entry form, the plan form), each with the revision it was loaded at.
 * Only figures the official changed are posted; a save takes the new revisions; a conflict takes the
 * other official's revision, so that saving again replaces it knowingly.
 */
export function useRevisionedForm<State extends SaveAnswer | null, F extends string>({
  rows,
  initialValues,
  save,
  fields,
  editable,
  name,
  onSaved,
}: {
  rows: readonly { indicator: { id: number }; current: { revision: number } | null }[];
  initialValues: () => Record<string, string>;
  save: (previous: State, formData: FormData) => Promise<State>;
  /** Every field of a figure, dropped from the post when the figure is untouched. */
  fields: readonly F[];
  /** The fields the official can change. */
  editable: readonly F[];
  name: (field: F, id: number) => string;
  onSaved?: () => void;
}) {
  const router = useRouter();
  const [values, setValues] = useState(initialValues);
  // The inputs as last loaded or saved: only figures that differ from it are posted.
  const [loaded, setLoaded] = useState(() => values);
  const posted = useRef(values);
  const [revisions, setRevisions] = useState<Record<number, number>>(() =>
    Object.fromEntries(rows.map((r) => [r.indicator.id, r.current?.revision ?? 0])),
  );
  const { state, onSubmit, pending } = useFormAction<State>(
    async (previous, formData) => {
      const result = await save(previous, formData);
      if (result?.ok) {
        setRevisions((r) => ({ ...r, ...result.revisions }));
        setLoaded(posted.current);
        onSaved?.();
        router.refresh();
      } else if (result && "conflicts" in result) {
        setRevisions((r) => ({ ...r, ...Object.fromEntries(result.conflicts.map((c) => [c.indicatorId, c.revision])) }));
      }
      return result;
    },
    null as Awaited<State>,
    (formData) => {
      const ids = rows.map((r) => r.indicator.id);
      for (const id of untouchedIds({ ids, fields: editable, name, loaded, current: values })) {
        for (const field of fields) formData.delete(name(field, id));
      }
      posted.current = values;
    },
  );
  /** An input's change handler, by field name. */
  const set = (field: string) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  return { values, set, revisions, state, onSubmit, pending };
}
