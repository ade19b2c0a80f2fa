-- CreateSchema
CREATE SCHEMA IF NOT EXISTS "public";

-- CreateEnum
CREATE TYPE "Role" AS ENUM ('DELEGATE', 'CHAIR', 'SECRETARIAT', 'OBSERVER');

-- CreateEnum
CREATE TYPE "DocumentKind" AS ENUM ('CHARTER', 'PLAN_OF_ACTION', 'REGULATIONS', 'STATEMENT', 'CONCEPT_PAPER');

-- CreateEnum
CREATE TYPE "DocumentStage" AS ENUM ('DRAFTING', 'SWG', 'SOC', 'ADOPTED');

-- CreateTable
CREATE TABLE "MemberState" (
    "code" CHAR(2) NOT NULL,
    "name" TEXT NOT NULL,

    CONSTRAINT "MemberState_pkey" PRIMARY KEY ("code")
);

-- CreateTable
CREATE TABLE "User" (
    "id" UUID NOT NULL,
    "email" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "passwordHash" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "memberStateCode" CHAR(2),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "User_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Document" (
    "id" UUID NOT NULL,
    "title" TEXT NOT NULL,
    "symbol" TEXT NOT NULL,
    "kind" "DocumentKind" NOT NULL,
    "stage" "DocumentStage" NOT NULL,
    "language" TEXT NOT NULL DEFAULT 'en',
    "initialContent" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Document_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "AuditEntry" (
    "id" BIGSERIAL NOT NULL,
    "at" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "documentId" UUID,
    "details" JSONB,

    CONSTRAINT "AuditEntry_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "SignInFailure" (
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "lastFailure" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "SignInFailure_pkey" PRIMARY KEY ("key")
);

-- CreateIndex
CREATE UNIQUE INDEX "MemberState_name_key" ON "MemberState"("name");

-- CreateIndex
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");

-- CreateIndex
CREATE INDEX "User_memberStateCode_idx" ON "User"("memberStateCode");

-- CreateIndex
CREATE UNIQUE INDEX "Document_symbol_key" ON "Document"("symbol");

-- CreateIndex
CREATE INDEX "AuditEntry_documentId_at_idx" ON "AuditEntry"("documentId", "at");

-- CreateIndex
CREATE INDEX "AuditEntry_actorId_at_idx" ON "AuditEntry"("actorId", "at");

-- AddForeignKey
ALTER TABLE "User" ADD CONSTRAINT "User_memberStateCode_fkey" FOREIGN KEY ("memberStateCode") REFERENCES "MemberState"("code") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "AuditEntry" ADD CONSTRAINT "AuditEntry_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Hand-written: a delegate always belongs to a delegation; nobody else does.
ALTER TABLE "User" ADD CONSTRAINT "User_delegate_has_member_state"
  CHECK (("role" = 'DELEGATE') = ("memberStateCode" IS NOT NULL));
