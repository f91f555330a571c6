// Issue 15: the server actions are made by lib/server-action.ts. What a hand-written action did,
// each made one does: the caller from the session, the form as the use case's input, the pages
// rendered anew and the redirect only after a success, the result as the form's next state.
import { beforeEach, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/actor";
import { currentActor } from "@/lib/auth/session";
import { defineUseCase } from "@/lib/use-case";
import { z } from "@/lib/zod";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { chooseFormAction, formAction, scriptAction } from "@/lib/server-action";

vi.mock("@/lib/auth/session", () => ({ currentActor: vi.fn() }));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
// The staff member's language, as the request config would give it: the factory answers every
// message key of a refusal as a text in it.
vi.mock("@/lib/i18n/server", () => ({
  getTranslations: vi.fn(async () =>
    Object.assign((key: string) => `[en] ${key}`, { has: (key: string) => key.startsWith("refusals.") }),
  ),
}));
vi.mock("next/navigation", () => ({
  redirect: vi.fn((path: string) => {
    throw new Error(`NEXT_REDIRECT ${path}`);
  }),
}));

const advisor: Actor = {
  userId: "u1",
  organisationId: "org-a",
  roles: ["ADVISOR"],
  advisorKind: "PROFESSIONAL",
  name: "Adviseur",
  email: "a@a.example",
};

const run = vi.fn(async (_actor: Actor, input: { caseId: string; consent: boolean }) =>
  input.caseId === "refuse"
    ? {
        ok: false as const,
        error: "refusals.cases.notFound" as const,
        fieldErrors: { caseId: ["refusals.choose.case" as const] },
      }
    : { ok: true as const, value: { caseId: input.caseId } },
);
const openThing = defineUseCase({
  name: "test.openThing",
  roles: ["ADVISOR"],
  input: z.object({ caseId: z.string(), consent: z.boolean().default(false) }),
  run,
});

function form(fields: Record<string, string>): FormData {
  const data = new FormData();
  for (const [name, value] of Object.entries(fields)) data.append(name, value);
  return data;
}

const idle = { status: "idle" as const };

describe("formAction", () => {
  beforeEach(() => {
    vi.clearAllMocks();
    vi.mocked(currentActor).mockResolvedValue(advisor);
  });

  it("runs the use case as the session's caller with the posted form, and answers the result", async () => {
    const action = formAction(openThing, {
      input: { booleans: ["consent"] },
      revalidate: ["/dossiers", { layout: "/balie" }],
    });
    expect(await action(idle, form({ caseId: "c1", consent: "on", $ACTION_KEY: "k" }))).toEqual({
      status: "ok",
      value: { caseId: "c1" },
      sent: { caseId: "c1", consent: "on" },
    });
    expect(run).toHaveBeenCalledWith(
      { ...advisor, actingAs: "ADVISOR" },
      { caseId: "c1", consent: true },
      expect.anything(),
    );
    expect(vi.mocked(revalidatePath).mock.calls).toEqual([["/dossiers"], ["/balie", "layout"]]);
  });

  it("changes nothing after a refusal: no page rendered anew, no redirect, the fields sent back", async () => {
    const action = formAction(openThing, {
      revalidate: "/dossiers",
      redirectTo: ({ caseId }) => `/dossiers/${caseId}`,
    });
    expect(await action(idle, form({ caseId: "refuse" }))).toEqual({
      status: "refused",
      error: "[en] refusals.cases.notFound",
      fieldErrors: { caseId: ["[en] refusals.choose.case"] },
      sent: { caseId: "refuse" },
    });
    expect(revalidatePath).not.toHaveBeenCalled();
    expect(redirect).not.toHaveBeenCalled();
  });

  it("goes on after a success when asked, to a fixed page or one made from the value", async () => {
    await expect(
      formAction(openThing, { revalidate: "/balie", redirectTo: ({ caseId }) => `/dossiers/${caseId}` })(
        idle,
        form({ caseId: "c2" }),
      ),
    ).rejects.toThrow("NEXT_REDIRECT /dossiers/c2");
    expect(revalidatePath).toHaveBeenCalledWith("/balie");
    await expect(formAction(openThing, { redirectTo: "/balie" })(idle, form({ caseId: "c3" }))).rejects.toThrow(
      "NEXT_REDIRECT /balie",
    );
  });

  it("hands a success's value and caller to afterSuccess, before the redirect; a refusal to nothing", async () => {
    const afterSuccess = vi.fn();
    const action = formAction(openThing, { afterSuccess, redirectTo: "/balie" });
    await expect(action(idle, form({ caseId: "c4" }))).rejects.toThrow("NEXT_REDIRECT /balie");
    expect(afterSuccess).toHaveBeenCalledWith({ caseId: "c4" }, advisor);
    await action(idle, form({ caseId: "refuse" }));
    expect(afterSuccess).toHaveBeenCalledTimes(1);
  });

  it("takes the form's own input function, and refuses without a session as the use case does", async () => {
    const action = formAction(openThing, { input: (posted) => ({ caseId: `x-${String(posted.get("id"))}` }) });
    expect(await action(idle, form({ id: "7" }))).toMatchObject({ status: "ok", value: { caseId: "x-7" } });
    vi.mocked(currentActor).mockResolvedValue(null);
    expect(await action(idle, form({ id: "7" }))).toMatchObject({ status: "refused" });
    expect(run).toHaveBeenCalledTimes(1);
  });

  it("answers a forged call that sends no form as empty input, not a crash", async () => {
    expect(await formAction(openThing)(idle, "not a form" as unknown as FormData)).toMatchObject({
      status: "refused",
      fieldErrors: { caseId: expect.any(Array) },
    });
  });

  it('makes async functions, as a "use server" file must export', () => {
    expect(formAction(openThing).constructor.name).toBe("AsyncFunction");
    expect(scriptAction(openThing).constructor.name).toBe("AsyncFunction");
  });
});

describe("chooseFormAction", () => {
  beforeEach(() => {
    vi.clearAllMocks();
    vi.mocked(currentActor).mockResolvedValue(advisor);
  });
  const choices = {
    open: formAction(openThing, { revalidate: "/dossiers" }),
    openAndGo: formAction(openThing, { redirectTo: ({ caseId }) => `/dossiers/${caseId}` }),
  };

  it("hands the form to the action its field names, which answers as it would itself", async () => {
    expect(await chooseFormAction(choices, "change", idle, form({ change: "open", caseId: "c5" }))).toMatchObject({
      status: "ok",
      value: { caseId: "c5" },
      sent: { change: "open", caseId: "c5" },
    });
    expect(revalidatePath).toHaveBeenCalledWith("/dossiers");
    await expect(
      chooseFormAction(choices, "change", idle, form({ change: "openAndGo", caseId: "c6" })),
    ).rejects.toThrow("NEXT_REDIRECT /dossiers/c6");
  });

  it("refuses a missing, unknown or inherited choice and runs nothing", async () => {
    for (const change of [undefined, "close", "constructor", "__proto__", "toString"]) {
      const fields: Record<string, string> = change === undefined ? { caseId: "c7" } : { change, caseId: "c7" };
      expect(await chooseFormAction(choices, "change", idle, form(fields)), String(change)).toMatchObject({
        status: "refused",
        error: "[en] refusals.common.unknownAction",
      });
    }
    expect(await chooseFormAction(choices, "change", idle, "not a form" as unknown as FormData)).toMatchObject({
      status: "refused",
    });
    expect(run).not.toHaveBeenCalled();
    expect(revalidatePath).not.toHaveBeenCalled();
  });
});

describe("scriptAction", () => {
  it("runs the use case as the session's caller with the value the script sends, and answers its result", async () => {
    vi.mocked(currentActor).mockResolvedValue(advisor);
    expect(await scriptAction(openThing)({ caseId: "c4" })).toEqual({ ok: true, value: { caseId: "c4" } });
  });
});
