// Forms of many figures post only the figures the official changed. A figure left as it was loaded is
// not the official's word: posting it would refuse the save whenever another official changed that
// figure meanwhile, and once the form had taken the new revision, write the stale value over theirs.

/** The figures whose inputs all still hold what the form was loaded with. */
export function untouchedIds<F extends string>({
  ids,
  fields,
  name,
  loaded,
  current,
}: {
  ids: readonly number[];
  /** The fields of a figure that the official can change. */
  fields: readonly F[];
  /** Field name of one field of one figure, as the form names its inputs. */
  name: (field: F, id: number) => string;
  loaded: Readonly<Record<string, string>>;
  current: Readonly<Record<string, string>>;
}): number[] {
  return ids.filter((id) => fields.every((field) => (loaded[name(field, id)] ?? "") === (current[name(field, id)] ?? "")));
}
