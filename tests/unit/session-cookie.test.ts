import { hkdfSync } from "node:crypto";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { EncryptJWT } from "jose";
import { encode } from "next-auth/jwt";
import { loginClaims, sessionClaims } from "@/lib/auth/session-cookie";

const SECRET = "the secret of this test, long enough for a real one";
beforeEach(() => {
  vi.stubEnv("NEXTAUTH_SECRET", SECRET);
  return () => vi.unstubAllEnvs();
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

  it("takes only the algorithms next-auth writes, even with the right key", async () => {
    const key = new Uint8Array(hkdfSync("sha256", SECRET, "", "NextAuth.js Generated Encryption Key", 32));
    const claims = loginClaims("user-1", Date.now());
    const written = (enc: "A256GCM" | "A128CBC-HS256") =>
      new EncryptJWT(claims).setProtectedHeader({ alg: "dir", enc }).setExpirationTime("1h").encrypt(key);
    expect(await sessionClaims(await written("A256GCM"))).toMatchObject(claims);
    expect(await sessionClaims(await written("A128CBC-HS256"))).toBeNull();
    const passwordBased = await new EncryptJWT(claims)
      .setProtectedHeader({ alg: "PBES2-HS256+A128KW", enc: "A256GCM" })
      .encrypt(new TextEncoder().encode(SECRET));
    expect(await sessionClaims(passwordBased)).toBeNull();
  });

  it("follows a changed secret: a cookie of the old one opens nothing", async () => {
    const cookie = await encode({ token: loginClaims("user-1", Date.now()), secret: SECRET, maxAge: 3600 });
    expect(await sessionClaims(cookie)).not.toBeNull();
    vi.stubEnv("NEXTAUTH_SECRET", "the new secret after a rotation");
    expect(await sessionClaims(cookie)).toBeNull();
  });
});
