/** A message catalogue: nested objects whose leaves are ICU messages. */
export type Messages = { [key: string]: string | Messages };

/**
 * The parts of a catalogue under the given namespaces ("compare", "common.period"), nested as in the
 * catalogue, so that a page hands its client components only the messages they translate.
 */
export function pickMessages(messages: Messages, namespaces: readonly string[]): Messages {
  const picked: Messages = {};
  for (const namespace of namespaces) {
    const path = namespace.split(".");
    let from: string | Messages | undefined = messages;
    for (const key of path) from = typeof from === "object" ? from[key] : undefined;
    if (from === undefined) throw new Error(`No messages under "${namespace}"`);
    let into = picked;
    for (const key of path.slice(0, -1)) {
      const next: string | Messages = (into[key] ??= {});
      if (typeof next === "string") break;
      into = next;
    }
    into[path.at(-1)!] = from;
  }
  return picked;
}
