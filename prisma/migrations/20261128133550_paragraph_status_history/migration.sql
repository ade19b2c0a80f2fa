-- CreateTable
CREATE TABLE "ParagraphStatusChange" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "from" TEXT NOT NULL,
    "to" TEXT NOT NULL,
    "adRefStates" TEXT[],
    "adRefDeadline" TEXT,
    "userId" UUID NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ParagraphStatusChange_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "ParagraphStatusChange_documentId_paragraphId_createdAt_idx" ON "ParagraphStatusChange"("documentId", "paragraphId", "createdAt");

-- AddForeignKey
ALTER TABLE "ParagraphStatusChange" ADD CONSTRAINT "ParagraphStatusChange_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ParagraphStatusChange" ADD CONSTRAINT "ParagraphStatusChange_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- Only the statuses the chair sets (lib/editor/extensions.ts PARAGRAPH_STATUSES).
ALTER TABLE "ParagraphStatusChange" ADD CONSTRAINT "ParagraphStatusChange_status_check"
  CHECK ("from" IN ('open', 'agreed', 'agreed_ad_ref') AND "to" IN ('open', 'agreed', 'agreed_ad_ref'));
