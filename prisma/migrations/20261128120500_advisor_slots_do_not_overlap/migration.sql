-- An advisor holds one conversation at a time: two slots of the same advisor never overlap, even
-- in two sessions at two locations. btree_gist lets an exclusion constraint compare the advisor id
-- with = next to the time ranges with && (it is a trusted extension: a database owner may add it).
CREATE EXTENSION IF NOT EXISTS btree_gist;

ALTER TABLE "Slot"
  ADD CONSTRAINT "Slot_advisor_no_overlap"
  EXCLUDE USING gist ("advisorId" WITH =, tstzrange("startsAt", "endsAt") WITH &&);
