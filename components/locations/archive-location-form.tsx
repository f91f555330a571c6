"use client";

import { useTranslations } from "@/lib/i18n/use-translations";
import { setLocationArchivedAction } from "@/app/(staff)/beheer/locaties/actions";
import { FormAlert } from "@/components/form-alert";
import { SubmitButton } from "@/components/form/submit-button";
import { useFormAction } from "@/components/use-form-action";

/** Archive or bring back; the page, rendered anew, says which state the location is in. */
export function ArchiveLocationForm({ locationId, active }: { locationId: string; active: boolean }) {
  const t = useTranslations("locations");
  const form = useFormAction(setLocationArchivedAction);
  return (
    <form {...form.props} className="space-y-3">
      <input type="hidden" name="locationId" value={locationId} />
      <input type="hidden" name="change" value={active ? "archive" : "restore"} />
      <p>{active ? t("archiveIntro") : t("archivedIntro")}</p>
      <FormAlert id="archive-location-alert" message={form.error} />
      <SubmitButton pending={form.pending} variant={active ? "danger" : "secondary"}>
        {active ? t("archive") : t("restore")}
      </SubmitButton>
    </form>
  );
}
