import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { clientAddress } from "./client-address";
import { authenticateWithPassword } from "./login";

/**
 * A working day: a host or advisor logs in once in the morning, and the session ends that evening
 * whatever happens. The cookie is not renewed by server-rendered pages, so this is an absolute
 * limit counted from the login.
 */
export const SESSION_MAX_AGE_SECONDS = 10 * 60 * 60;

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
        const origin = {
          ipAddress: clientAddress(header(request?.headers, "x-forwarded-for")),
          userAgent: header(request?.headers, "user-agent"),
        };
        const result = await authenticateWithPassword({ email: credentials?.email, password: credentials?.password }, origin);
        // next-auth passes a thrown message to the login form; the message is already Dutch.
        if (!result.ok) throw new Error(result.message);
        return result.user;
      },
    }),
  ],
  callbacks: {
    // The token holds only the user id and the moment of login: role, organisation, whether the
    // account is still active and since when its sessions are valid are read from the database on
    // every request, so a change (deactivation, "end all sessions") takes effect at once.
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.loginAt = Date.now();
      }
      return token;
    },
    async session({ session, token }) {
      const loginAt = typeof token.loginAt === "number" ? token.loginAt : null;
      return { ...session, user: { ...session.user, id: token.sub, loginAt } };
    },
  },
};
