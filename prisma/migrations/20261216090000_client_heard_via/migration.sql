-- How a client heard of the consultation hour, for the reach figures (issue 21 item 5).
CREATE TYPE "HeardVia" AS ENUM ('LIBRARY', 'POSTER_OR_FLYER', 'INTERNET', 'ORGANISATION', 'FAMILY_OR_FRIENDS', 'LOCAL_MEDIA', 'OTHER');

ALTER TABLE "Client" ADD COLUMN "heardVia" "HeardVia";
