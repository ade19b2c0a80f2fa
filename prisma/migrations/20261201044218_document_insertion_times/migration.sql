-- CreateTable
CREATE TABLE "DocumentInsertion" (
    "id" BIGSERIAL NOT NULL,
    "documentId" UUID NOT NULL,
    "clientId" BIGINT NOT NULL,
    "clock" INTEGER NOT NULL,
    "length" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentInsertion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DocumentInsertion_documentId_idx" ON "DocumentInsertion"("documentId");

-- AddForeignKey
ALTER TABLE "DocumentInsertion" ADD CONSTRAINT "DocumentInsertion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

