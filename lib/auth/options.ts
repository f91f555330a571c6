import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { authenticateWithPassword } from "./login";

/** A working day: a host or advisor logs in once in the morning. */
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
          ipAddress: header(request?.headers, "x-forwarded-for")?.split(",")[0]?.trim() ?? null,
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
    // The token holds only the user id: role, organisation and whether the account is still
    // active are read from the database on every request, so changes take effect at once.
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      return { ...session, user: { ...session.user, id: token.sub } };
    },
  },
};
