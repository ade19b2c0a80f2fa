-- CreateTable
CREATE TABLE "DocumentClient" (
    "documentId" UUID NOT NULL,
    "clientId" BIGINT NOT NULL,
    "userId" UUID NOT NULL,
    "delegation" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "DocumentClient_pkey" PRIMARY KEY ("documentId","clientId")
);

-- CreateTable
CREATE TABLE "DocumentDeletion" (
    "id" BIGSERIAL NOT NULL,
    "documentId" UUID NOT NULL,
    "clientId" BIGINT NOT NULL,
    "clock" INTEGER NOT NULL,
    "length" INTEGER NOT NULL,
    "userId" UUID NOT NULL,
    "delegation" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentDeletion_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DocumentDeletion_documentId_idx" ON "DocumentDeletion"("documentId");

-- AddForeignKey
ALTER TABLE "DocumentClient" ADD CONSTRAINT "DocumentClient_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "DocumentDeletion" ADD CONSTRAINT "DocumentDeletion_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

