import "server-only";

/**
 * Who may import the registry from the web. Sign-in is not on this branch yet, so the web import is
 * off unless REGISTRY_IMPORT_FROM_WEB=true (for a trusted local machine only); the command
 * `npm run db:import-registry` is the way to import. When sign-in lands, replace the flag by the
 * session's admin role here: the page and the action both ask this one function.
 */
export async function mayImportRegistry(): Promise<boolean> {
  return process.env.REGISTRY_IMPORT_FROM_WEB === "true";
}
