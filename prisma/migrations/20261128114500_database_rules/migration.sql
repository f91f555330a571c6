-- Rules that protect data are enforced by the database as well as by lib/.
-- The Prisma schema language cannot express these, so they live here; the Prisma drift check
-- ignores CHECK constraints and triggers, so they never show up as drift.

-- The audit log is append-only: nobody (the app included) updates or deletes an event.
CREATE FUNCTION audit_event_is_append_only() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'AuditEvent is append-only: % is not allowed', TG_OP
    USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER "AuditEvent_append_only"
  BEFORE UPDATE OR DELETE ON "AuditEvent"
  FOR EACH ROW EXECUTE FUNCTION audit_event_is_append_only();

CREATE TRIGGER "AuditEvent_no_truncate"
  BEFORE TRUNCATE ON "AuditEvent"
  FOR EACH STATEMENT EXECUTE FUNCTION audit_event_is_append_only();

-- A consultation hour is a time window on one weekday, cut into slots of at most half an hour.
ALTER TABLE "ConsultationHour"
  ADD CONSTRAINT "ConsultationHour_weekday_iso" CHECK ("weekday" BETWEEN 1 AND 7),
  ADD CONSTRAINT "ConsultationHour_window" CHECK ("startMinute" >= 0 AND "startMinute" < "endMinute" AND "endMinute" <= 1440),
  ADD CONSTRAINT "ConsultationHour_capacity" CHECK ("advisorCapacity" >= 1),
  ADD CONSTRAINT "ConsultationHour_slot_at_most_half_hour" CHECK ("slotMinutes" BETWEEN 5 AND 30),
  ADD CONSTRAINT "ConsultationHour_valid_range" CHECK ("validUntil" IS NULL OR "validUntil" >= "validFrom");

ALTER TABLE "Session"
  ADD CONSTRAINT "Session_window" CHECK ("endsAt" > "startsAt"),
  ADD CONSTRAINT "Session_capacity" CHECK ("advisorCapacity" >= 1);

-- Each conversation is capped at half an hour so that enough people are helped.
ALTER TABLE "Slot"
  ADD CONSTRAINT "Slot_at_most_half_hour" CHECK ("endsAt" > "startsAt" AND "endsAt" - "startsAt" <= interval '30 minutes');

ALTER TABLE "Client"
  ADD CONSTRAINT "Client_birth_year" CHECK ("birthYear" IS NULL OR "birthYear" BETWEEN 1900 AND 2100),
  ADD CONSTRAINT "Client_postcode_area" CHECK ("postcodeArea" IS NULL OR "postcodeArea" ~ '^[1-9][0-9]{3}$');

ALTER TABLE "User"
  ADD CONSTRAINT "User_advisor_kind" CHECK (("role" = 'ADVISOR') = ("advisorKind" IS NOT NULL)),
  ADD CONSTRAINT "User_email_lower_case" CHECK ("email" = lower("email"));

-- Closing a case requires an outcome.
ALTER TABLE "Case"
  ADD CONSTRAINT "Case_closed_has_outcome" CHECK ("status" <> 'CLOSED' OR ("outcome" IS NOT NULL AND "closedAt" IS NOT NULL));

-- A benefit has both an amount and a beneficiary, or neither (an unquantified effect).
ALTER TABLE "CostBenefitItem"
  ADD CONSTRAINT "CostBenefitItem_quantified" CHECK (("amountCents" IS NULL) = ("beneficiary" IS NULL)),
  ADD CONSTRAINT "CostBenefitItem_amount" CHECK ("amountCents" IS NULL OR "amountCents" >= 0);

ALTER TABLE "CostRate"
  ADD CONSTRAINT "CostRate_amounts" CHECK ("advisorHourCents" >= 0 AND "projectHourCents" >= 0 AND "serviceHourCents" >= 0);

-- Time is added, never overwritten: only a correction may take minutes back.
ALTER TABLE "TimeEntry"
  ADD CONSTRAINT "TimeEntry_minutes" CHECK ("minutes" <> 0 AND ("minutes" > 0 OR "correctsId" IS NOT NULL) AND abs("minutes") <= 24 * 60);

ALTER TABLE "Document"
  ADD CONSTRAINT "Document_size" CHECK ("sizeBytes" >= 0);
