// Talking to the running app over plain HTTP, as an attacker with a session cookie would:
// sign in through next-auth's own endpoints, and post to server actions by their id.
import fs from "node:fs";
import path from "node:path";
import type { APIRequestContext } from "@playwright/test";
import { E2E_DIST_DIR } from "./server";

/** A server action's id in the end-to-end build, looked up by file and export name. */
export function actionId(file: string, exportedName: string): string {
  const manifest = JSON.parse(fs.readFileSync(path.join(E2E_DIST_DIR, "server", "server-reference-manifest.json"), "utf8")) as {
    node: Record<string, { filename?: string; exportedName?: string }>;
  };
  const entry = Object.entries(manifest.node).find(([, v]) => v.filename === file && v.exportedName === exportedName);
  if (!entry) throw new Error(`No server action ${exportedName} in ${file}; build first`);
  return entry[0];
}

/** Signs in with next-auth's credentials endpoint; the request context keeps the session cookie. */
export async function signInOverHttp(request: APIRequestContext, username: string, password = "demo1234"): Promise<boolean> {
  const csrf = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await request.post("/api/auth/callback/credentials", {
    form: { csrfToken: csrf.csrfToken, username, password, json: "true" },
    maxRedirects: 0,
  });
  const body = (await response.json().catch(() => ({}))) as { url?: string };
  return response.ok() && typeof body.url === "string" && !body.url.includes("error=");
}

/** A file posted with a form, as a file input sends it. */
export interface UploadFile {
  name: string;
  mimeType: string;
  buffer: Buffer;
}

export interface ActionResponse {
  status: number;
  body: string;
}

/**
 * Calls a server action the way React's client does: for `action(previousState, formData)` (the
 * forms' useActionState) a multipart body whose part "0" holds the arguments and whose "_1_" parts
 * are the form's fields; for a plain `<form action>` (`arguments: "form"`), the form data alone.
 */
export async function postAction(
  request: APIRequestContext,
  {
    page,
    action,
    fields,
    files = {},
    baseURL,
    arguments: shape = "state",
  }: {
    page: string;
    action: string;
    fields: Record<string, string>;
    files?: Record<string, UploadFile>;
    baseURL: string;
    arguments?: "state" | "form";
  },
): Promise<ActionResponse> {
  const multipart = new FormData();
  for (const [k, v] of Object.entries(fields)) multipart.append(`_1_${k}`, v);
  for (const [k, f] of Object.entries(files)) multipart.append(`_1_${k}`, new Blob([new Uint8Array(f.buffer)], { type: f.mimeType }), f.name);
  // The arguments come last, as React sends them: the server resolves them as soon as they arrive.
  // (A plain object would not do: JavaScript puts the integer-like key "0" first.)
  multipart.append("0", JSON.stringify(shape === "state" ? [null, "$K1"] : ["$K1"]));
  const response = await request.post(page, {
    headers: { "Next-Action": action, Accept: "text/x-component", Origin: baseURL },
    multipart,
    maxRedirects: 0,
  });
  return { status: response.status(), body: await response.text() };
}
