-- CreateEnum
CREATE TYPE "OrganisationKind" AS ENUM ('LIBRARY', 'PROVIDER');

-- CreateEnum
CREATE TYPE "RoomKind" AS ENUM ('CABIN', 'DESK', 'ROOM');

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('HOST', 'ADVISOR', 'COORDINATOR', 'ADMIN');

-- CreateEnum
CREATE TYPE "AdvisorKind" AS ENUM ('PROFESSIONAL', 'VOLUNTEER');

-- CreateEnum
CREATE TYPE "ConsultationMode" AS ENUM ('WALK_IN', 'APPOINTMENT', 'WALK_IN_AND_APPOINTMENT');

-- CreateEnum
CREATE TYPE "SessionStatus" AS ENUM ('PLANNED', 'HELD', 'CANCELLED');

-- CreateEnum
CREATE TYPE "VisitKind" AS ENUM ('WALK_IN', 'APPOINTMENT');

-- CreateEnum
CREATE TYPE "VisitStatus" AS ENUM ('BOOKED', 'WAITING', 'IN_CONVERSATION', 'DONE', 'NO_SHOW', 'CANCELLED');

-- CreateEnum
CREATE TYPE "ConsentPurpose" AS ENUM ('DOSSIER', 'SHARE_WITH_PARTNER', 'REFERRER_FEEDBACK', 'STORY', 'CONTACT_BY_PHONE', 'CONTACT_BY_EMAIL');

-- CreateEnum
CREATE TYPE "LegalBasis" AS ENUM ('CONSENT', 'PUBLIC_TASK', 'LEGITIMATE_INTEREST');

-- CreateEnum
CREATE TYPE "JuridischLoketCategory" AS ENUM ('ARBEID', 'BESTUURSRECHT', 'BELASTINGEN', 'CONSUMENT_EN_OVEREENKOMSTEN', 'FAMILIE', 'HUUR_EN_WONEN', 'SCHULDEN', 'SOCIALE_ZEKERHEID', 'STRAFRECHT', 'VREEMDELINGENRECHT', 'OVERIG');

-- CreateEnum
CREATE TYPE "CaseKind" AS ENUM ('QUICK_CONTACT', 'DOSSIER');

-- CreateEnum
CREATE TYPE "CaseStatus" AS ENUM ('OPEN', 'WAITING_FOR_THIRD_PARTY', 'CLOSED');

-- CreateEnum
CREATE TYPE "CaseOutcome" AS ENUM ('SOLVED', 'PARTLY_SOLVED', 'REFERRED', 'CLIENT_WITHDREW', 'NOT_SOLVED');

-- CreateEnum
CREATE TYPE "CaseActionKind" AS ENUM ('INFORMATION', 'EXPLAIN_LETTER', 'EXPLAIN_PROCEDURE', 'MEDIATION', 'OBJECTION_LETTER', 'COMPLAINT_LETTER', 'LETTER_TO_BAILIFF', 'OTHER_LETTER', 'PAYMENT_PLAN', 'RECALCULATE_BESLAGVRIJE_VOET', 'APPLICATION', 'REFERRAL', 'OTHER');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('CLIENT_LETTER', 'GENERATED_LETTER', 'REFERRAL_NOTE', 'OTHER');

-- CreateEnum
CREATE TYPE "DeadlineKind" AS ENUM ('AWB_OBJECTION', 'PAYMENT_PLAN', 'REPLY_EXPECTED', 'OTHER');

-- CreateEnum
CREATE TYPE "PartnerType" AS ENUM ('LAWYER', 'JURIDISCH_LOKET', 'DEBT_HELP', 'BUDGET_ALERT', 'NEIGHBOURHOOD_TEAM', 'SOCIAL_WORK', 'MUNICIPALITY_DESK', 'UWV', 'BELASTINGDIENST_TOESLAGEN', 'CARE_DESK', 'BRIEVENHULP', 'IDO', 'TAALHUIS', 'DIGISTERKER', 'CLIENT_COUNCIL', 'SPECIAL_ASSISTANCE', 'SPORT_AND_CULTURE_FUND', 'OTHER');

-- CreateEnum
CREATE TYPE "ReferralDirection" AS ENUM ('IN', 'OUT');

-- CreateEnum
CREATE TYPE "ReferralHandover" AS ENUM ('WARM', 'INFORMATION_ONLY');

-- CreateEnum
CREATE TYPE "ReferralStatus" AS ENUM ('SENT', 'ACCEPTED', 'FINISHED', 'DID_NOT_ARRIVE');

-- CreateEnum
CREATE TYPE "AftercareStatus" AS ENUM ('OPEN', 'DONE');

-- CreateEnum
CREATE TYPE "TimeKind" AS ENUM ('CONSULTATION', 'AFTERCARE', 'COORDINATION', 'COMMUNICATION', 'MANAGEMENT');

-- CreateEnum
CREATE TYPE "BenefitBeneficiary" AS ENUM ('CLIENT', 'GOVERNMENT');

-- CreateEnum
CREATE TYPE "BenefitCategory" AS ENUM ('INCOME_IMPROVEMENT', 'CLAIM_REDUCED', 'REPAYMENT_CANCELLED', 'AVOIDED_LEGAL_AID', 'AVOIDED_SPECIAL_ASSISTANCE', 'AVOIDED_DEBT_HELP', 'AVOIDED_BAILIFF_COSTS', 'AVOIDED_COURT_COSTS', 'AVOIDED_COLLECTION_COSTS', 'WELLBEING', 'TRUST_IN_GOVERNMENT', 'SELF_RELIANCE', 'AVOIDED_CARE_COSTS', 'OTHER');

-- CreateEnum
CREATE TYPE "AuditAccess" AS ENUM ('READ', 'WRITE');

-- CreateTable
CREATE TABLE "Organisation" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "OrganisationKind" NOT NULL DEFAULT 'LIBRARY',
    "municipality" TEXT NOT NULL,
    "retentionMonths" INTEGER NOT NULL DEFAULT 24,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Organisation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Location" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "street" TEXT NOT NULL,
    "postcode" TEXT NOT NULL,
    "city" TEXT NOT NULL,
    "directions" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Location_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Room" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "kind" "RoomKind" NOT NULL DEFAULT 'CABIN',
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "Room_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "User" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "advisorKind" "AdvisorKind",
    "supervisorId" TEXT,
    "homeLocationId" TEXT,
    "preferredLocale" TEXT NOT NULL DEFAULT 'nl',
    "active" BOOLEAN NOT NULL DEFAULT true,
    "failedLoginCount" INTEGER NOT NULL DEFAULT 0,
    "lockedUntil" TIMESTAMPTZ(3),
    "lastLoginAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationHour" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "weekday" INTEGER NOT NULL,
    "startMinute" INTEGER NOT NULL,
    "endMinute" INTEGER NOT NULL,
    "advisorCapacity" INTEGER NOT NULL DEFAULT 1,
    "slotMinutes" INTEGER NOT NULL DEFAULT 30,
    "mode" "ConsultationMode" NOT NULL DEFAULT 'WALK_IN_AND_APPOINTMENT',
    "validFrom" DATE NOT NULL,
    "validUntil" DATE,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "ConsultationHour_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ConsultationHourAdvisor" (
    "consultationHourId" TEXT NOT NULL,
    "advisorId" TEXT NOT NULL,

    CONSTRAINT "ConsultationHourAdvisor_pkey" PRIMARY KEY ("consultationHourId","advisorId")
);

-- CreateTable
CREATE TABLE "Session" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "consultationHourId" TEXT,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,
    "mode" "ConsultationMode" NOT NULL DEFAULT 'WALK_IN_AND_APPOINTMENT',
    "advisorCapacity" INTEGER NOT NULL DEFAULT 1,
    "status" "SessionStatus" NOT NULL DEFAULT 'PLANNED',
    "cancelReason" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Session_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SessionStaff" (
    "id" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "advisorId" TEXT NOT NULL,
    "roomId" TEXT,
    "standInForId" TEXT,

    CONSTRAINT "SessionStaff_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Slot" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "sessionId" TEXT NOT NULL,
    "advisorId" TEXT NOT NULL,
    "startsAt" TIMESTAMPTZ(3) NOT NULL,
    "endsAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Slot_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Visit" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "locationId" TEXT NOT NULL,
    "sessionId" TEXT,
    "slotId" TEXT,
    "clientId" TEXT NOT NULL,
    "caseId" TEXT,
    "kind" "VisitKind" NOT NULL,
    "status" "VisitStatus" NOT NULL,
    "categoryId" TEXT,
    "plannedStartsAt" TIMESTAMPTZ(3),
    "arrivedAt" TIMESTAMPTZ(3),
    "startedAt" TIMESTAMPTZ(3),
    "endedAt" TIMESTAMPTZ(3),
    "registeredById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Visit_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Client" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "displayName" TEXT NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "birthYear" INTEGER,
    "postcodeArea" TEXT,
    "preferredLanguage" TEXT NOT NULL DEFAULT 'nl',
    "needsInterpreter" BOOLEAN NOT NULL DEFAULT false,
    "anonymisedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Client_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Consent" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "purpose" "ConsentPurpose" NOT NULL,
    "legalBasis" "LegalBasis" NOT NULL DEFAULT 'CONSENT',
    "givenAt" TIMESTAMPTZ(3) NOT NULL,
    "withdrawnAt" TIMESTAMPTZ(3),
    "scope" TEXT,
    "recordedById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Consent_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "LegalDomain" (
    "id" TEXT NOT NULL,
    "code" TEXT NOT NULL,
    "parentId" TEXT,
    "nameNl" TEXT NOT NULL,
    "nameEn" TEXT NOT NULL,
    "juridischLoketCategory" "JuridischLoketCategory" NOT NULL,
    "sortOrder" INTEGER NOT NULL DEFAULT 0,
    "active" BOOLEAN NOT NULL DEFAULT true,

    CONSTRAINT "LegalDomain_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Case" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "clientId" TEXT NOT NULL,
    "responsibleAdvisorId" TEXT NOT NULL,
    "kind" "CaseKind" NOT NULL DEFAULT 'DOSSIER',
    "question" TEXT,
    "status" "CaseStatus" NOT NULL DEFAULT 'OPEN',
    "openedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "closedAt" TIMESTAMPTZ(3),
    "outcome" "CaseOutcome",
    "solvedWithoutReferral" BOOLEAN,
    "version" INTEGER NOT NULL DEFAULT 1,
    "anonymisedAt" TIMESTAMPTZ(3),
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Case_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseLegalDomain" (
    "caseId" TEXT NOT NULL,
    "legalDomainId" TEXT NOT NULL,
    "primary" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "CaseLegalDomain_pkey" PRIMARY KEY ("caseId","legalDomainId")
);

-- CreateTable
CREATE TABLE "CaseShare" (
    "caseId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseShare_pkey" PRIMARY KEY ("caseId","userId")
);

-- CreateTable
CREATE TABLE "CaseAction" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" "CaseActionKind" NOT NULL,
    "description" TEXT,
    "performedById" TEXT NOT NULL,
    "performedAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CaseAction_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CaseNote" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "CaseNote_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "fileName" TEXT NOT NULL,
    "contentType" TEXT NOT NULL,
    "sizeBytes" INTEGER NOT NULL,
    "sha256" TEXT NOT NULL,
    "storageKey" TEXT NOT NULL,
    "uploadedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "deletedAt" TIMESTAMPTZ(3),

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "DocumentContent" (
    "storageKey" TEXT NOT NULL,
    "bytes" BYTEA NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentContent_pkey" PRIMARY KEY ("storageKey")
);

-- CreateTable
CREATE TABLE "Deadline" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "kind" "DeadlineKind" NOT NULL,
    "title" TEXT NOT NULL,
    "decisionSentOn" DATE,
    "dueOn" DATE NOT NULL,
    "completedAt" TIMESTAMPTZ(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Deadline_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Partner" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "type" "PartnerType" NOT NULL,
    "phone" TEXT,
    "email" TEXT,
    "website" TEXT,
    "address" TEXT,
    "openingHours" TEXT,
    "inLibrary" BOOLEAN NOT NULL DEFAULT false,
    "handoverNotes" TEXT,
    "active" BOOLEAN NOT NULL DEFAULT true,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Partner_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "PartnerLegalDomain" (
    "partnerId" TEXT NOT NULL,
    "legalDomainId" TEXT NOT NULL,

    CONSTRAINT "PartnerLegalDomain_pkey" PRIMARY KEY ("partnerId","legalDomainId")
);

-- CreateTable
CREATE TABLE "Referral" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "direction" "ReferralDirection" NOT NULL,
    "clientId" TEXT NOT NULL,
    "caseId" TEXT,
    "visitId" TEXT,
    "partnerId" TEXT NOT NULL,
    "reason" TEXT,
    "handover" "ReferralHandover",
    "status" "ReferralStatus",
    "consentId" TEXT,
    "followUpOn" DATE,
    "feedbackRequested" BOOLEAN NOT NULL DEFAULT false,
    "feedbackGivenAt" TIMESTAMPTZ(3),
    "createdById" TEXT,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "Referral_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AftercareTask" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "caseId" TEXT,
    "visitId" TEXT,
    "title" TEXT NOT NULL,
    "dueOn" DATE,
    "assigneeId" TEXT NOT NULL,
    "status" "AftercareStatus" NOT NULL DEFAULT 'OPEN',
    "completedAt" TIMESTAMPTZ(3),
    "createdById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "AftercareTask_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "TimeEntry" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "TimeKind" NOT NULL,
    "minutes" INTEGER NOT NULL,
    "workedOn" DATE NOT NULL,
    "caseId" TEXT,
    "visitId" TEXT,
    "aftercareTaskId" TEXT,
    "description" TEXT,
    "correctsId" TEXT,
    "enteredById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "TimeEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostBenefitItem" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "caseId" TEXT NOT NULL,
    "category" "BenefitCategory" NOT NULL,
    "beneficiary" "BenefitBeneficiary",
    "amountCents" INTEGER,
    "description" TEXT,
    "recordedById" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CostBenefitItem_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "CostRate" (
    "id" TEXT NOT NULL,
    "organisationId" TEXT NOT NULL,
    "validFrom" DATE NOT NULL,
    "advisorHourCents" INTEGER NOT NULL,
    "projectHourCents" INTEGER NOT NULL,
    "serviceHourCents" INTEGER NOT NULL,

    CONSTRAINT "CostRate_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" BIGSERIAL NOT NULL,
    "organisationId" TEXT,
    "actorId" TEXT,
    "actorRole" "Role",
    "action" TEXT NOT NULL,
    "access" "AuditAccess" NOT NULL,
    "entityType" TEXT,
    "entityId" TEXT,
    "clientId" TEXT,
    "ipAddress" TEXT,
    "userAgent" TEXT,
    "details" JSONB,
    "occurredAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "AuditEvent_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "Organisation_slug_key" ON "Organisation"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "Location_slug_key" ON "Location"("slug");

-- CreateIndex
CREATE INDEX "Location_organisationId_idx" ON "Location"("organisationId");

-- CreateIndex
CREATE INDEX "Room_organisationId_idx" ON "Room"("organisationId");

-- CreateIndex
CREATE UNIQUE INDEX "Room_locationId_name_key" ON "Room"("locationId", "name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_organisationId_role_idx" ON "User"("organisationId", "role");

-- CreateIndex
CREATE INDEX "User_supervisorId_idx" ON "User"("supervisorId");

-- CreateIndex
CREATE INDEX "ConsultationHour_organisationId_locationId_idx" ON "ConsultationHour"("organisationId", "locationId");

-- CreateIndex
CREATE INDEX "Session_organisationId_locationId_startsAt_idx" ON "Session"("organisationId", "locationId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Session_consultationHourId_startsAt_key" ON "Session"("consultationHourId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "SessionStaff_sessionId_advisorId_key" ON "SessionStaff"("sessionId", "advisorId");

-- CreateIndex
CREATE INDEX "Slot_advisorId_startsAt_idx" ON "Slot"("advisorId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Slot_sessionId_advisorId_startsAt_key" ON "Slot"("sessionId", "advisorId", "startsAt");

-- CreateIndex
CREATE UNIQUE INDEX "Visit_slotId_key" ON "Visit"("slotId");

-- CreateIndex
CREATE INDEX "Visit_organisationId_sessionId_status_idx" ON "Visit"("organisationId", "sessionId", "status");

-- CreateIndex
CREATE INDEX "Visit_organisationId_locationId_createdAt_idx" ON "Visit"("organisationId", "locationId", "createdAt");

-- CreateIndex
CREATE INDEX "Visit_organisationId_clientId_idx" ON "Visit"("organisationId", "clientId");

-- CreateIndex
CREATE INDEX "Visit_caseId_idx" ON "Visit"("caseId");

-- CreateIndex
CREATE INDEX "Client_organisationId_displayName_idx" ON "Client"("organisationId", "displayName");

-- CreateIndex
CREATE INDEX "Client_organisationId_phone_idx" ON "Client"("organisationId", "phone");

-- CreateIndex
CREATE INDEX "Consent_organisationId_clientId_purpose_idx" ON "Consent"("organisationId", "clientId", "purpose");

-- CreateIndex
CREATE UNIQUE INDEX "LegalDomain_code_key" ON "LegalDomain"("code");

-- CreateIndex
CREATE INDEX "LegalDomain_parentId_idx" ON "LegalDomain"("parentId");

-- CreateIndex
CREATE INDEX "Case_organisationId_responsibleAdvisorId_status_idx" ON "Case"("organisationId", "responsibleAdvisorId", "status");

-- CreateIndex
CREATE INDEX "Case_organisationId_clientId_idx" ON "Case"("organisationId", "clientId");

-- CreateIndex
CREATE INDEX "Case_organisationId_openedAt_idx" ON "Case"("organisationId", "openedAt");

-- CreateIndex
CREATE INDEX "Case_organisationId_status_closedAt_idx" ON "Case"("organisationId", "status", "closedAt");

-- CreateIndex
CREATE INDEX "CaseLegalDomain_legalDomainId_idx" ON "CaseLegalDomain"("legalDomainId");

-- CreateIndex
CREATE INDEX "CaseShare_userId_idx" ON "CaseShare"("userId");

-- CreateIndex
CREATE INDEX "CaseAction_caseId_performedAt_idx" ON "CaseAction"("caseId", "performedAt");

-- CreateIndex
CREATE INDEX "CaseAction_organisationId_performedAt_idx" ON "CaseAction"("organisationId", "performedAt");

-- CreateIndex
CREATE INDEX "CaseNote_caseId_createdAt_idx" ON "CaseNote"("caseId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Document_storageKey_key" ON "Document"("storageKey");

-- CreateIndex
CREATE INDEX "Document_caseId_createdAt_idx" ON "Document"("caseId", "createdAt");

-- CreateIndex
CREATE INDEX "Deadline_organisationId_completedAt_dueOn_idx" ON "Deadline"("organisationId", "completedAt", "dueOn");

-- CreateIndex
CREATE INDEX "Deadline_caseId_idx" ON "Deadline"("caseId");

-- CreateIndex
CREATE INDEX "Partner_organisationId_type_idx" ON "Partner"("organisationId", "type");

-- CreateIndex
CREATE UNIQUE INDEX "Partner_organisationId_name_key" ON "Partner"("organisationId", "name");

-- CreateIndex
CREATE INDEX "PartnerLegalDomain_legalDomainId_idx" ON "PartnerLegalDomain"("legalDomainId");

-- CreateIndex
CREATE INDEX "Referral_organisationId_direction_createdAt_idx" ON "Referral"("organisationId", "direction", "createdAt");

-- CreateIndex
CREATE INDEX "Referral_organisationId_partnerId_idx" ON "Referral"("organisationId", "partnerId");

-- CreateIndex
CREATE INDEX "Referral_caseId_idx" ON "Referral"("caseId");

-- CreateIndex
CREATE INDEX "AftercareTask_organisationId_assigneeId_status_dueOn_idx" ON "AftercareTask"("organisationId", "assigneeId", "status", "dueOn");

-- CreateIndex
CREATE INDEX "AftercareTask_caseId_idx" ON "AftercareTask"("caseId");

-- CreateIndex
CREATE INDEX "TimeEntry_organisationId_workedOn_idx" ON "TimeEntry"("organisationId", "workedOn");

-- CreateIndex
CREATE INDEX "TimeEntry_userId_workedOn_idx" ON "TimeEntry"("userId", "workedOn");

-- CreateIndex
CREATE INDEX "TimeEntry_caseId_idx" ON "TimeEntry"("caseId");

-- CreateIndex
CREATE INDEX "CostBenefitItem_organisationId_caseId_idx" ON "CostBenefitItem"("organisationId", "caseId");

-- CreateIndex
CREATE UNIQUE INDEX "CostRate_organisationId_validFrom_key" ON "CostRate"("organisationId", "validFrom");

-- CreateIndex
CREATE INDEX "AuditEvent_organisationId_occurredAt_idx" ON "AuditEvent"("organisationId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_clientId_occurredAt_idx" ON "AuditEvent"("clientId", "occurredAt");

-- CreateIndex
CREATE INDEX "AuditEvent_entityType_entityId_idx" ON "AuditEvent"("entityType", "entityId");

-- AddForeignKey
ALTER TABLE "Location" ADD CONSTRAINT "Location_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Room" ADD CONSTRAINT "Room_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Room" ADD CONSTRAINT "Room_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_supervisorId_fkey" FOREIGN KEY ("supervisorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_homeLocationId_fkey" FOREIGN KEY ("homeLocationId") REFERENCES "Location"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationHour" ADD CONSTRAINT "ConsultationHour_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationHour" ADD CONSTRAINT "ConsultationHour_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationHourAdvisor" ADD CONSTRAINT "ConsultationHourAdvisor_consultationHourId_fkey" FOREIGN KEY ("consultationHourId") REFERENCES "ConsultationHour"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ConsultationHourAdvisor" ADD CONSTRAINT "ConsultationHourAdvisor_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Session" ADD CONSTRAINT "Session_consultationHourId_fkey" FOREIGN KEY ("consultationHourId") REFERENCES "ConsultationHour"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionStaff" ADD CONSTRAINT "SessionStaff_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionStaff" ADD CONSTRAINT "SessionStaff_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionStaff" ADD CONSTRAINT "SessionStaff_roomId_fkey" FOREIGN KEY ("roomId") REFERENCES "Room"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "SessionStaff" ADD CONSTRAINT "SessionStaff_standInForId_fkey" FOREIGN KEY ("standInForId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Slot" ADD CONSTRAINT "Slot_advisorId_fkey" FOREIGN KEY ("advisorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_locationId_fkey" FOREIGN KEY ("locationId") REFERENCES "Location"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_sessionId_fkey" FOREIGN KEY ("sessionId") REFERENCES "Session"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_slotId_fkey" FOREIGN KEY ("slotId") REFERENCES "Slot"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_categoryId_fkey" FOREIGN KEY ("categoryId") REFERENCES "LegalDomain"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Visit" ADD CONSTRAINT "Visit_registeredById_fkey" FOREIGN KEY ("registeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Client" ADD CONSTRAINT "Client_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Consent" ADD CONSTRAINT "Consent_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "LegalDomain" ADD CONSTRAINT "LegalDomain_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "LegalDomain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Case" ADD CONSTRAINT "Case_responsibleAdvisorId_fkey" FOREIGN KEY ("responsibleAdvisorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseLegalDomain" ADD CONSTRAINT "CaseLegalDomain_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseLegalDomain" ADD CONSTRAINT "CaseLegalDomain_legalDomainId_fkey" FOREIGN KEY ("legalDomainId") REFERENCES "LegalDomain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseShare" ADD CONSTRAINT "CaseShare_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseShare" ADD CONSTRAINT "CaseShare_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAction" ADD CONSTRAINT "CaseAction_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAction" ADD CONSTRAINT "CaseAction_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseAction" ADD CONSTRAINT "CaseAction_performedById_fkey" FOREIGN KEY ("performedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CaseNote" ADD CONSTRAINT "CaseNote_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Document" ADD CONSTRAINT "Document_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Deadline" ADD CONSTRAINT "Deadline_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Partner" ADD CONSTRAINT "Partner_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerLegalDomain" ADD CONSTRAINT "PartnerLegalDomain_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PartnerLegalDomain" ADD CONSTRAINT "PartnerLegalDomain_legalDomainId_fkey" FOREIGN KEY ("legalDomainId") REFERENCES "LegalDomain"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_clientId_fkey" FOREIGN KEY ("clientId") REFERENCES "Client"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_partnerId_fkey" FOREIGN KEY ("partnerId") REFERENCES "Partner"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_consentId_fkey" FOREIGN KEY ("consentId") REFERENCES "Consent"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Referral" ADD CONSTRAINT "Referral_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AftercareTask" ADD CONSTRAINT "AftercareTask_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AftercareTask" ADD CONSTRAINT "AftercareTask_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AftercareTask" ADD CONSTRAINT "AftercareTask_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AftercareTask" ADD CONSTRAINT "AftercareTask_assigneeId_fkey" FOREIGN KEY ("assigneeId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AftercareTask" ADD CONSTRAINT "AftercareTask_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_enteredById_fkey" FOREIGN KEY ("enteredById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_visitId_fkey" FOREIGN KEY ("visitId") REFERENCES "Visit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_aftercareTaskId_fkey" FOREIGN KEY ("aftercareTaskId") REFERENCES "AftercareTask"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "TimeEntry" ADD CONSTRAINT "TimeEntry_correctsId_fkey" FOREIGN KEY ("correctsId") REFERENCES "TimeEntry"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostBenefitItem" ADD CONSTRAINT "CostBenefitItem_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostBenefitItem" ADD CONSTRAINT "CostBenefitItem_caseId_fkey" FOREIGN KEY ("caseId") REFERENCES "Case"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostBenefitItem" ADD CONSTRAINT "CostBenefitItem_recordedById_fkey" FOREIGN KEY ("recordedById") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CostRate" ADD CONSTRAINT "CostRate_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_organisationId_fkey" FOREIGN KEY ("organisationId") REFERENCES "Organisation"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEvent" ADD CONSTRAINT "AuditEvent_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
