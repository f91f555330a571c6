import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { clientAddress } from "@/lib/auth/client-address";
import {
  COMMON_HEADERS,
  DATA_POLICY,
  keepsSessionAlive,
  newNonce,
  pagePolicy,
  robotsTagOf,
  routeHandlerOf,
} from "@/lib/security/headers";

const APP = path.resolve(import.meta.dirname, "../../app");

/** Every route.ts / page.tsx under app/, as a URL path with each [segment] filled in. */
function routes(file: "route.ts" | "page.tsx"): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === file) found.push(path.relative(APP, dir));
    }
  };
  walk(APP);
  return found.map(
    (dir) =>
      "/" +
      dir
        .split(path.sep)
        .filter((segment) => segment && !/^\(.*\)$/.test(segment))
        .map((segment) => (segment.startsWith("[...") ? "a/b" : segment.startsWith("[") ? "x1" : segment))
        .join("/"),
  );
}

describe("which answers get which policy", () => {
  it("knows every route handler in app/ (a new one must be classified in lib/security/headers.ts)", () => {
    const handlers = routes("route.ts");
    expect(handlers.length).toBeGreaterThan(5);
    for (const route of handlers) expect(routeHandlerOf(route), route).not.toBeNull();
  });

  it("gives every page the nonce policy, not the data policy", () => {
    const pages = routes("page.tsx");
    expect(pages.length).toBeGreaterThan(10);
    for (const page of pages) expect(routeHandlerOf(page), page).toBeNull();
  });

  it("gives the files for search engines and the icon the data policy", () => {
    for (const file of ["/robots.txt", "/sitemap.xml", "/icon.svg"]) expect(routeHandlerOf(file), file).not.toBeNull();
  });

  it("leaves the document route's own sandbox policy alone", () => {
    expect(routeHandlerOf("/dossiers/c1/documenten/d1")?.ownPolicy).toBe(true);
    expect(routeHandlerOf("/rapportages/uren/export")?.ownPolicy).toBeUndefined();
  });
});

describe("which requests keep a session alive", () => {
  it("pages and the change check of a desk on screen do; downloads and feeds do not", () => {
    expect(keepsSessionAlive("/balie")).toBe(true);
    expect(keepsSessionAlive("/dossiers/abc")).toBe(true);
    // The desk renders only when something changed, so its questions are its sign of life.
    expect(keepsSessionAlive("/balie/stand")).toBe(true);
    expect(keepsSessionAlive("/spreekuur/hengelo/agenda.ics")).toBe(false);
    expect(keepsSessionAlive("/rapportages/uren/export")).toBe(false);
    expect(keepsSessionAlive("/api/health")).toBe(false);
  });
});

describe("the page policy", () => {
  const policy = pagePolicy("abc123");
  const directive = (name: string) => policy.split("; ").find((part) => part.split(" ")[0] === name);

  it("lets only scripts with this request's nonce run, and those they load", () => {
    expect(directive("script-src")).toBe("script-src 'self' 'nonce-abc123' 'strict-dynamic'");
    expect(policy).not.toContain("unsafe-eval");
    expect(directive("style-src")).toBe("style-src 'self' 'nonce-abc123'");
  });

  it("forbids plugins, <base>, foreign form targets and framing", () => {
    expect(directive("object-src")).toBe("object-src 'none'");
    expect(directive("base-uri")).toBe("base-uri 'none'");
    expect(directive("form-action")).toBe("form-action 'self'");
    expect(directive("frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("upgrades insecure requests only when served over https (it would break http://localhost)", () => {
    expect(policy).not.toContain("upgrade-insecure-requests");
    expect(pagePolicy("n", { https: true })).toContain("upgrade-insecure-requests");
  });

  it("allows eval only in development, where React needs it for its error overlay", () => {
    expect(pagePolicy("n", { dev: true })).toContain("'unsafe-eval'");
  });

  it("uses a fresh, unguessable nonce every time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    for (const nonce of nonces) expect(Buffer.from(nonce, "base64")).toHaveLength(16);
  });
});

describe("headers of every answer", () => {
  it("sends HSTS, nosniff, DENY framing, a referrer policy and a permissions policy", () => {
    expect(COMMON_HEADERS).toMatchObject({
      "Strict-Transport-Security": "max-age=63072000; includeSubDomains",
      "X-Content-Type-Options": "nosniff",
      "X-Frame-Options": "DENY",
      "Referrer-Policy": "strict-origin-when-cross-origin",
    });
    expect(COMMON_HEADERS["Permissions-Policy"]).toContain("camera=()");
    expect(DATA_POLICY).toContain("sandbox");
    expect(DATA_POLICY).toContain("default-src 'none'");
  });
});

describe("clientAddress", () => {
  it("takes the address the last proxy appended, not what the client claimed", () => {
    expect(clientAddress("6.6.6.6, 203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress("203.0.113.9")).toBe("203.0.113.9");
    expect(clientAddress("::1")).toBe("::1");
    expect(clientAddress("")).toBeNull();
    expect(clientAddress(null)).toBeNull();
  });
});

describe("what search engines may list", () => {
  it("only the public location pages, in any language", () => {
    for (const path of ["/spreekuur/hengelo-centrale", "/spreekuur/venray/"])
      expect(robotsTagOf(path), path).toBeNull();
  });

  it("nothing else: staff pages, downloads, the login, the calendar feed, unknown paths", () => {
    for (const path of [
      "/",
      "/login",
      "/balie",
      "/dossiers/c1",
      "/rapportages/uren/export",
      "/spreekuur/hengelo-centrale/agenda.ics",
      "/spreekuur",
      "/wachtwoord/abc",
      "/robots.txt",
      "/bestaat-niet",
    ])
      expect(robotsTagOf(path), path).toBe("noindex, nofollow");
  });
});
