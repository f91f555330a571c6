-- No personal data goes to a partner without the client's consent: a warm handover (sharing
-- information with the partner) must point at the consent that allows it.
ALTER TABLE "Referral"
  ADD CONSTRAINT "Referral_warm_handover_needs_consent" CHECK ("handover" IS DISTINCT FROM 'WARM' OR "consentId" IS NOT NULL);
