import { describe, expect, it } from "vitest";
import { ownAddress } from "@/lib/auth/callback-url";
import { MAX_BODY_BYTES } from "@/lib/security/body-limit";
import { refusalOfAuthRequest, refusalOfPageRequest } from "@/lib/security/request-guard";

const BASE = "http://localhost:3000";

function request(
  path: string,
  { method = "GET", headers = {}, body }: { method?: string; headers?: Record<string, string>; body?: string } = {},
) {
  const all: Record<string, string> = { host: "localhost:3000", ...headers };
  if (body !== undefined) all["content-length"] ??= String(Buffer.byteLength(body));
  return new Request(`${BASE}${path}`, { method, headers: all, body });
}

const action = (body: string, headers: Record<string, string> = {}) =>
  request("/balie", {
    method: "POST",
    body,
    headers: {
      "next-action": "40cb9f74efb6589fb0d26543c3cd6fee1b875563c2",
      "content-type": "text/plain;charset=UTF-8",
      ...headers,
    },
  });

function multipart(parts: Record<string, string>) {
  return Object.entries(parts)
    .map(([name, value]) => `--zz\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`)
    .concat("--zz--\r\n")
    .join("");
}

describe("an address to return to after logging in (next-auth's callbackUrl)", () => {
  it("keeps a path or an absolute address of our own", () => {
    expect(ownAddress("/dossiers?x=1", BASE)).toBe(`${BASE}/dossiers?x=1`);
    expect(ownAddress(`${BASE}/balie`, BASE)).toBe(`${BASE}/balie`);
  });

  it("refuses what is not an address, or another site's", () => {
    for (const url of [
      "3114",
      "",
      "%",
      "javascript:alert(1)",
      "https://evil.example/",
      "//evil.example/x",
      "http://localhost:1/",
    ])
      expect(ownAddress(url, BASE), url).toBeNull();
  });
});

describe("page requests that Next.js would answer with a 500", () => {
  it("lets ordinary requests through", async () => {
    expect(await refusalOfPageRequest(request("/balie"))).toBeNull();
    expect(
      await refusalOfPageRequest(
        request("/balie", {
          headers: {
            rsc: "1",
            "next-router-state-tree": encodeURIComponent(JSON.stringify(["", { children: ["balie", {}] }])),
          },
        }),
      ),
    ).toBeNull();
    expect(
      await refusalOfPageRequest(
        request("/login", { method: "POST", body: "garbage", headers: { "content-type": "text/plain" } }),
      ),
    ).toBeNull();
    expect(
      await refusalOfPageRequest(
        request("/login", {
          method: "POST",
          body: "%%%",
          headers: { "content-type": "application/x-www-form-urlencoded" },
        }),
      ),
    ).toBeNull();
  });

  it("refuses a router state Next.js cannot parse", async () => {
    for (const state of ["garbage", "%5B", encodeURIComponent(JSON.stringify(["", { children: 5 }]))]) {
      expect(
        (await refusalOfPageRequest(request("/balie", { headers: { rsc: "1", "next-router-state-tree": state } })))
          ?.status,
        state,
      ).toBe(400);
    }
  });

  it("takes a well-formed server action, also from our own origin or through a proxy", async () => {
    expect(await refusalOfPageRequest(action("[]"))).toBeNull();
    expect(await refusalOfPageRequest(action('["$undefined",{"a":1}]', { origin: BASE }))).toBeNull();
    expect(
      await refusalOfPageRequest(
        action("[]", { origin: "https://spreekuur.example", "x-forwarded-host": "spreekuur.example, intern" }),
      ),
    ).toBeNull();
    const form = multipart({ 0: '["$K1"]', "1_caseId": "abc" });
    expect(await refusalOfPageRequest(action(form, { "content-type": "multipart/form-data; boundary=zz" }))).toBeNull();
  });

  it("refuses a server action from another origin, or with an Origin that is no URL", async () => {
    for (const origin of ["http://evil.example", "null", "::::"])
      expect((await refusalOfPageRequest(action("[]", { origin })))?.status, origin).toBe(403);
    expect(
      (await refusalOfPageRequest(action("[]", { origin: BASE, "x-forwarded-host": "evil.example" })))?.status,
    ).toBe(403);
  });

  it("refuses a server action without a length or over the limit", async () => {
    const unmeasured = new Request(`${BASE}/balie`, {
      method: "POST",
      headers: { "next-action": "x", "content-type": "text/plain" },
    });
    expect((await refusalOfPageRequest(unmeasured))?.status).toBe(411);
    expect((await refusalOfPageRequest(action("[]", { "content-length": String(MAX_BODY_BYTES + 1) })))?.status).toBe(
      413,
    );
    expect(
      (
        await refusalOfPageRequest(
          request("/login", {
            method: "POST",
            body: "x",
            headers: {
              "content-type": "multipart/form-data; boundary=zz",
              "content-length": String(MAX_BODY_BYTES + 1),
            },
          }),
        )
      )?.status,
    ).toBe(413);
  });

  it("refuses a body that cannot be what React sends: not JSON, not multipart, or without its arguments", async () => {
    const bodies: [string, Record<string, string>][] = [
      ["[", {}],
      ["[]", { "content-type": "multipart/form-data; boundary=zz" }],
      ["garbage", { "content-type": "multipart/form-data" }],
      [multipart({ 1: "[]" }), { "content-type": "multipart/form-data; boundary=zz" }],
      [multipart({ 0: "{" }), { "content-type": "multipart/form-data; boundary=zz" }],
      [multipart({ 0: "[]" }), {}],
    ];
    for (const [body, headers] of bodies)
      expect((await refusalOfPageRequest(action(body, headers)))?.status, body).toBe(400);
    expect(
      (
        await refusalOfPageRequest(
          request("/login", {
            method: "POST",
            body: "garbage",
            headers: { "content-type": "multipart/form-data; boundary=zz" },
          }),
        )
      )?.status,
    ).toBe(400);
  });
});

describe("next-auth requests that next-auth would answer with a 500", () => {
  const auth = (path: string, init: Parameters<typeof request>[1] = {}) =>
    refusalOfAuthRequest(request(path, init), BASE);

  it("lets the login and logout forms and the session through, and leaves other routes alone", () => {
    expect(auth("/api/auth/session")).toBeNull();
    expect(auth("/api/auth/csrf?callbackUrl=%2Fbalie")).toBeNull();
    expect(
      auth("/api/auth/callback/credentials", {
        method: "POST",
        body: "email=a&password=b",
        headers: { "content-type": "application/x-www-form-urlencoded" },
      }),
    ).toBeNull();
    expect(
      auth("/api/health", { method: "POST", body: "{", headers: { "content-type": "application/json" } }),
    ).toBeNull();
  });

  it("refuses a callbackUrl that is no address of ours, another body than a form, a large one, and a GET of the login callback", () => {
    expect(auth("/api/auth/session?callbackUrl=3114")?.status).toBe(400);
    expect(auth("/api/auth/session?callbackUrl=%2Fok&callbackUrl=javascript%3Ax")?.status).toBe(400);
    expect(
      auth("/api/auth/callback/credentials", {
        method: "POST",
        body: "{",
        headers: { "content-type": "application/json" },
      })?.status,
    ).toBe(415);
    expect(
      auth("/api/auth/callback/credentials", {
        method: "POST",
        body: "a".repeat(70_000),
        headers: { "content-type": "application/x-www-form-urlencoded" },
      })?.status,
    ).toBe(413);
    expect(auth("/api/auth/callback/credentials")?.status).toBe(405);
  });
});
