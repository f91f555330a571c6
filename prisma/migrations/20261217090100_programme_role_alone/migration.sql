-- A programme's user holds no other role: a role of a partnership beside it would reach clients.
ALTER TABLE "User" ADD CONSTRAINT "User_programme_role_alone"
  CHECK (NOT ('PROGRAMME' = ANY ("roles")) OR "roles" = ARRAY['PROGRAMME']::"Role"[]);
