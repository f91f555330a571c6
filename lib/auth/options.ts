import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { translateMessage } from "@/lib/i18n/translate-refusal";
import { originFromHeaders } from "@/lib/audit";
import { ownAddress } from "./callback-url";
import { authenticateWithPassword } from "./login";
import { loginClaims } from "./session-cookie";
import { SESSION_MAX_AGE_SECONDS } from "./session-lifetime";
import { clock } from "@/lib/clock";

function header(headers: unknown, name: string): string | null {
  if (!headers || typeof headers !== "object") return null;
  const value = (headers as Record<string, string | string[] | undefined>)[name];
  return Array.isArray(value) ? (value[0] ?? null) : (value ?? null);
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login", error: "/login" },
  providers: [
    CredentialsProvider({
      name: "Spreekuur",
      credentials: { email: { type: "email" }, password: { type: "password" } },
      async authorize(credentials, request) {
        // next-auth hands over the raw header object, not a Headers: read it the same way as a request.
        const origin = originFromHeaders({ get: (name) => header(request?.headers, name) });
        const result = await authenticateWithPassword(
          { email: credentials?.email, password: credentials?.password },
          origin,
        );
        // next-auth passes a thrown message to the login form: in the reader's language.
        if (!result.ok) throw new Error(await translateMessage(result.message));
        return result.user;
      },
    }),
  ],
  callbacks: {
    // The token holds only the user id, the moment of login and of the last request (renewed by
    // proxy.ts; see session-lifetime.ts), as the login form's action writes it too: roles,
    // organisation, whether the account is still active and since when its sessions are valid are
    // read from the database on every request, so a change (deactivation, "end all sessions")
    // takes effect at once.
    async jwt({ token, user }) {
      return user ? { ...token, ...loginClaims(user.id, clock.nowMs()) } : token;
    },
    async session({ session, token }) {
      return {
        ...session,
        user: { ...session.user, id: token.sub, loginAt: token.loginAt, lastSeenAt: token.lastSeenAt },
      };
    },
    // The address is the client's to choose and next-auth's default throws on one that is not a
    // URL; anything but an address of our own goes to the home page.
    redirect: ({ url, baseUrl }) => ownAddress(url, baseUrl) ?? baseUrl,
  },
};
