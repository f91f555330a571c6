import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { encode } from "next-auth/jwt";
import { loginClaims, sessionClaims } from "@/lib/auth/session-cookie";

const SECRET = "the secret of this test, long enough for a real one";
let saved: string | undefined;
beforeEach(() => {
  saved = process.env.NEXTAUTH_SECRET;
  process.env.NEXTAUTH_SECRET = SECRET;
});
afterEach(() => {
  process.env.NEXTAUTH_SECRET = saved;
});

describe("sessionClaims", () => {
  it("reads what next-auth's own encode writes (its sign-in and the login form's cookie)", async () => {
    const claims = loginClaims("user-1", 1_765_000_000_000);
    const cookie = await encode({ token: claims, secret: SECRET, maxAge: 3600 });
    expect(await sessionClaims(cookie)).toMatchObject(claims);
    // Twice: the key kept from the first call decrypts the second.
    expect(await sessionClaims(cookie)).toMatchObject(claims);
  });

  it("is null for a cookie of another secret, an expired one, garbage or none", async () => {
    const claims = loginClaims("user-1", Date.now());
    expect(await sessionClaims(await encode({ token: claims, secret: "another secret", maxAge: 3600 }))).toBeNull();
    expect(await sessionClaims(await encode({ token: claims, secret: SECRET, maxAge: -60 }))).toBeNull();
    expect(await sessionClaims("not.a.session.token.at-all")).toBeNull();
    expect(await sessionClaims("")).toBeNull();
    expect(await sessionClaims(undefined)).toBeNull();
  });

  it("follows a changed secret: a cookie of the old one opens nothing", async () => {
    const cookie = await encode({ token: loginClaims("user-1", Date.now()), secret: SECRET, maxAge: 3600 });
    expect(await sessionClaims(cookie)).not.toBeNull();
    process.env.NEXTAUTH_SECRET = "the new secret after a rotation";
    expect(await sessionClaims(cookie)).toBeNull();
  });
});
