"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useRouter } from "next/navigation";
import { useId, useState } from "react";
import {
  endUserSessionsAction,
  setUserActiveAction,
  setUserPasswordAction,
} from "@/app/(staff)/beheer/gebruikers/actions";
import { SelectField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { useFormAction } from "@/components/use-form-action";
import { COORDINATORS_LIST } from "@/lib/people/coordinators-list";

type Props = {
  userId: string;
  name: string;
  active: boolean;
  isSelf: boolean;
  /** For an advisor: the colleagues who can take over their open work when they leave. */
  successors?: { id: string; name: string }[];
};

const button = "rounded border px-3 py-1 text-sm font-semibold disabled:opacity-70";

/** What an admin can do with one account: (de)activate it, log it out everywhere, set a new password. */
export function UserActions({ userId, name, active, isSelf, successors }: Props) {
  const t = useTranslations("users");
  const router = useRouter();
  const id = useId();
  const [password, setPassword] = useState("");
  const [done, setDone] = useState<string | null>(null);
  const toggledText = (change: string | undefined) =>
    change === "deactivate" ? t("deactivated", { name }) : t("reactivated", { name });
  // Each form says what it did; the page, refreshed, shows the account as it now is.
  const finish = (message: string) => {
    setDone(message);
    setPassword("");
    router.refresh();
  };
  const toggle = useFormAction(setUserActiveAction, {
    onSuccess: (_, __, sent) => finish(toggledText(sent.change)),
  });
  const end = useFormAction(endUserSessionsAction, { onSuccess: () => finish(t("sessionsEnded", { name })) });
  const reset = useFormAction(setUserPasswordAction, { onSuccess: () => finish(t("passwordSet", { name })) });
  const error = toggle.error ?? end.error ?? reset.error;
  const pending = toggle.pending || end.pending || reset.pending;
  // A page rendered after a post without scripts: the one form that was sent says what it did.
  const shown =
    done ??
    (toggle.state.status === "ok"
      ? toggledText(toggle.state.sent.change)
      : end.state.status === "ok"
        ? t("sessionsEnded", { name })
        : reset.state.status === "ok"
          ? t("passwordSet", { name })
          : null);

  return (
    <div className="space-y-2">
      <FormAlert id={`${id}-alert`} message={error} />
      <div aria-live="polite">
        {shown && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-1 text-sm text-green-900">
            {shown}
          </p>
        )}
      </div>
      <div className="flex flex-wrap gap-2">
        {!isSelf && (
          <form {...toggle.props} className="flex flex-wrap items-end gap-2">
            <input type="hidden" name="userId" value={userId} />
            <input type="hidden" name="change" value={active ? "deactivate" : "reactivate"} />
            {active && successors && (
              <SelectField
                id={`${id}-successor`}
                name="successorId"
                label={t("successor")}
                hint={t("successorHint")}
                error={toggle.fieldError("successorId")}
                defaultValue={toggle.sent("successorId") ?? ""}
                controlWidth="w-64"
                className="text-sm"
              >
                <option value="">{t("noSuccessor")}</option>
                {successors.map((successor) => (
                  <option key={successor.id} value={successor.id}>
                    {successor.name}
                  </option>
                ))}
                <option value={COORDINATORS_LIST}>{t("toCoordinatorsList")}</option>
              </SelectField>
            )}
            <button
              type="submit"
              disabled={pending}
              className={`${button} ${active ? "border-red-800 bg-red-800 text-white hover:bg-red-900" : "border-brand-700 text-brand-800 hover:bg-brand-50"}`}
              aria-label={active ? t("deactivateLabel", { name }) : t("reactivateLabel", { name })}
            >
              {active ? t("deactivate") : t("reactivate")}
            </button>
          </form>
        )}
        {active && (
          <form {...end.props}>
            <input type="hidden" name="userId" value={userId} />
            <button
              type="submit"
              disabled={pending}
              className={`${button} border-slate-500 hover:bg-slate-100`}
              aria-label={t("endSessionsLabel", { name })}
            >
              {t("endSessions")}
            </button>
          </form>
        )}
      </div>
      <details open={reset.state.status === "refused" || undefined}>
        <summary className="cursor-pointer text-sm font-medium text-brand-800 underline">
          {t("setPasswordLabel", { name })}
        </summary>
        <form {...reset.props} className="mt-2 space-y-2">
          <input type="hidden" name="userId" value={userId} />
          <TextField
            id={`${id}-password`}
            name="password"
            type="password"
            label={t("newPassword")}
            hint={t("passwordHint")}
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={reset.fieldError("password")}
            className="max-w-xs"
          />
          <button
            type="submit"
            disabled={pending}
            className={`${button} border-brand-700 text-brand-800 hover:bg-brand-50`}
          >
            {t("setPassword")}
          </button>
        </form>
      </details>
    </div>
  );
}
