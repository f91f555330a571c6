-- Online booking (issue 18): who made an appointment, whether a location takes bookings online,
-- the consent a client gives when booking, and the client's personal link to the appointment.

-- CreateEnum
CREATE TYPE "BookingChannel" AS ENUM ('DESK', 'ONLINE', 'PARTNER');

-- AlterEnum
ALTER TYPE "ConsentPurpose" ADD VALUE 'ONLINE_BOOKING';
ALTER TYPE "ConsentPurpose" ADD VALUE 'APPOINTMENT_REMINDER';

-- AlterTable: constant defaults, so PostgreSQL adds both columns without rewriting the tables.
ALTER TABLE "Location" ADD COLUMN "onlineBooking" BOOLEAN NOT NULL DEFAULT false;
ALTER TABLE "Visit" ADD COLUMN "bookedVia" "BookingChannel" NOT NULL DEFAULT 'DESK';

-- CreateTable
CREATE TABLE "AppointmentLink" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "visitId" TEXT NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "expiresAt" TIMESTAMPTZ(3) NOT NULL,
    "bookingKey" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AppointmentLink_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "AppointmentLink_tokenHash_key" ON "AppointmentLink"("tokenHash");
CREATE UNIQUE INDEX "AppointmentLink_bookingKey_key" ON "AppointmentLink"("bookingKey");
CREATE INDEX "AppointmentLink_visitId_idx" ON "AppointmentLink"("visitId");
CREATE INDEX "AppointmentLink_organisationId_idx" ON "AppointmentLink"("organisationId");

-- AddForeignKey
ALTER TABLE "AppointmentLink" ADD CONSTRAINT "AppointmentLink_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "AppointmentLink" ADD CONSTRAINT "AppointmentLink_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE CASCADE ON UPDATE CASCADE;
