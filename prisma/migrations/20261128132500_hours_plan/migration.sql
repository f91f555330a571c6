-- CreateTable
CREATE TABLE "HoursPlan" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "kind" "TimeKind" NOT NULL,
    "minutesPerWeek" INTEGER NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "HoursPlan_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "HoursPlan_organisationId_role_kind_key" ON "HoursPlan"("organisationId", "role", "kind");

-- AddForeignKey
ALTER TABLE "HoursPlan" ADD CONSTRAINT "HoursPlan_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;


-- A week has 168 hours; a plan beyond a full-time week is a typing error.
ALTER TABLE "HoursPlan" ADD CONSTRAINT "HoursPlan_minutes" CHECK ("minutesPerWeek" BETWEEN 0 AND 40 * 60);
