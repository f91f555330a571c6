-- A funder or programme (issue 21 item 6). The values come in a migration of their own: a new enum
-- value cannot be used in the transaction that adds it, and the next migration's check uses it.
ALTER TYPE "Role" ADD VALUE 'PROGRAMME';
ALTER TYPE "OrganisationKind" ADD VALUE 'PROGRAMME';
