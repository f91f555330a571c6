"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { useId } from "react";
import { addRoomAction, updateRoomAction } from "@/app/(staff)/beheer/locaties/actions";
import { Choice, SelectField, TextField } from "@/components/form/field";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";
import type { RoomKind } from "@/lib/generated/prisma/enums";

const KINDS: RoomKind[] = ["CABIN", "ROOM", "DESK"];

function KindField({
  id,
  name,
  error,
  defaultValue,
}: {
  id: string;
  name: string;
  error?: string;
  defaultValue?: string | number;
}) {
  const t = useTranslations("locations");
  return (
    <SelectField id={id} name={name} error={error} defaultValue={defaultValue ?? "CABIN"} label={t("roomKind")}>
      {KINDS.map((kind) => (
        <option key={kind} value={kind}>
          {t(`roomKinds.${kind}`)}
        </option>
      ))}
    </SelectField>
  );
}

/** A new room at this location; emptied after it was added, for the next one. */
export function AddRoomForm({ locationId }: { locationId: string }) {
  const t = useTranslations("locations");
  const id = useId();
  const form = useFormAction(addRoomAction, { onSuccess: (_, element) => element?.reset() });
  const added = form.state.status === "ok" ? t("roomAdded", { name: (form.state.sent.name ?? "").trim() }) : null;
  return (
    <form {...form.props} className="space-y-3" aria-describedby={form.error ? `${id}-alert` : undefined}>
      <input type="hidden" name="locationId" value={locationId} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <div className="flex flex-wrap items-end gap-4">
        <TextField id={`${id}-name`} {...form.field("name")} label={t("roomName")} maxLength={60} controlWidth="w-64" />
        <KindField id={`${id}-kind`} {...form.field("kind")} />
        <SubmitButton pending={form.pending} variant="secondary">
          {t("addRoom")}
        </SubmitButton>
      </div>
      <div aria-live="polite">
        {added && (
          <p role="status" className="rounded border border-green-700 bg-green-50 px-3 py-2 text-green-900">
            {added}
          </p>
        )}
      </div>
    </form>
  );
}

/** One room: its name, its kind and whether it is in use. */
export function RoomForm({ room }: { room: { id: string; name: string; kind: RoomKind; active: boolean } }) {
  const t = useTranslations("locations");
  const id = useId();
  const form = useFormAction(updateRoomAction);
  return (
    <form {...form.props} className="space-y-2" aria-label={t("roomLabel", { name: room.name })}>
      <input type="hidden" name="roomId" value={room.id} />
      <FormAlert id={`${id}-alert`} message={form.error} />
      <div className="flex flex-wrap items-end gap-4">
        <TextField
          id={`${id}-name`}
          {...form.field("name", room.name)}
          label={t("roomName")}
          maxLength={60}
          controlWidth="w-64"
        />
        <KindField id={`${id}-kind`} {...form.field("kind", room.kind)} />
        <Choice type="checkbox" name="active" defaultChecked={room.active} label={t("roomInUse")} className="pb-2" />
        <SubmitButton pending={form.pending} variant="secondary" aria-label={t("saveRoom", { name: room.name })}>
          {t("save")}
        </SubmitButton>
      </div>
      <div aria-live="polite">
        {form.state.status === "ok" && (
          <p role="status" className="text-sm text-green-900">
            {t("roomSaved")}
          </p>
        )}
      </div>
    </form>
  );
}
