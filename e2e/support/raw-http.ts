// Requests from a chosen loopback address (127.0.0.2, 127.0.0.3…), so that a test can play an
// outsider at one address and an official at another against the same server.
import http from "node:http";

export interface RawResponse {
  status: number;
  headers: http.IncomingHttpHeaders;
  body: string;
}

export function rawRequest(
  url: string,
  { method = "GET", headers = {}, body, localAddress }: { method?: string; headers?: Record<string, string>; body?: string; localAddress?: string },
): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const target = new URL(url);
    // The path exactly as written ("//units", "%2e"), which URL parsing would normalise.
    const path = url.slice(target.origin.length) || "/";
    // The server listens on "localhost"; 127.0.0.1 reaches it from any loopback source address.
    const request = http.request(
      { host: "127.0.0.1", port: target.port, path, method, headers: { Host: target.host, ...headers }, localAddress },
      (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (c: Buffer) => chunks.push(c));
        response.on("end", () => resolve({ status: response.statusCode ?? 0, headers: response.headers, body: Buffer.concat(chunks).toString("utf8") }));
      },
    );
    request.on("error", reject);
    if (body !== undefined) request.write(body);
    request.end();
  });
}

function cookiesOf(response: RawResponse): string {
  return (response.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
}

/**
 * Signs in through next-auth's credentials endpoint from `localAddress`; the answer says whether the
 * password was accepted, refused, or not checked because of the back-off, and carries the cookies.
 */
export async function signInFrom(
  baseURL: string,
  { username, password, localAddress, headers = {} }: { username: string; password: string; localAddress?: string; headers?: Record<string, string> },
): Promise<{ outcome: "signed-in" | "refused" | "rate_limited"; cookies: string }> {
  const csrf = await rawRequest(`${baseURL}/api/auth/csrf`, { localAddress, headers });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const response = await rawRequest(`${baseURL}/api/auth/callback/credentials`, {
    method: "POST",
    localAddress,
    headers: { ...headers, "Content-Type": "application/x-www-form-urlencoded", Cookie: cookiesOf(csrf) },
    body: new URLSearchParams({ csrfToken, username, password, json: "true" }).toString(),
  });
  const { url = "" } = JSON.parse(response.body || "{}") as { url?: string };
  const outcome = url.includes("error=rate_limited") ? "rate_limited" : url.includes("error=") ? "refused" : "signed-in";
  return { outcome, cookies: [cookiesOf(csrf), cookiesOf(response)].filter(Boolean).join("; ") };
}
