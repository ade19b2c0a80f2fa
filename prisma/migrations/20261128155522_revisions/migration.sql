-- CreateEnum
CREATE TYPE "RevisionKind" AS ENUM ('REVISION', 'CHECKPOINT');

-- CreateTable
CREATE TABLE "Revision" (
    "id" UUID NOT NULL,
    "documentId" UUID NOT NULL,
    "kind" "RevisionKind" NOT NULL,
    "number" INTEGER,
    "label" TEXT,
    "meeting" TEXT,
    "symbol" TEXT NOT NULL,
    "state" BYTEA NOT NULL,
    "text" JSONB NOT NULL,
    "counts" JSONB NOT NULL,
    "createdById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Revision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Revision_documentId_createdAt_idx" ON "Revision"("documentId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "Revision_documentId_number_key" ON "Revision"("documentId", "number");

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Revision" ADD CONSTRAINT "Revision_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;


-- Revisions are immutable: what was issued as Rev.2 stays Rev.2. Every UPDATE and DELETE is
-- refused, whoever asks, except what the foreign keys themselves do: the rows of a draft that is
-- being deleted go with it, and an account that is removed leaves its revisions unattributed.
CREATE FUNCTION "Revision_immutable"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    IF NOT EXISTS (SELECT 1 FROM "Document" WHERE id = OLD."documentId") THEN
      RETURN OLD;
    END IF;
  ELSIF NEW."createdById" IS NULL AND OLD."createdById" IS NOT NULL
    AND (NEW.id, NEW."documentId", NEW.kind, NEW.number, NEW.label, NEW.meeting, NEW.symbol, NEW.state,
         NEW.text, NEW.counts, NEW."createdAt")
      IS NOT DISTINCT FROM (OLD.id, OLD."documentId", OLD.kind, OLD.number, OLD.label, OLD.meeting, OLD.symbol,
         OLD.state, OLD.text, OLD.counts, OLD."createdAt") THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'revision % is immutable', OLD.id USING ERRCODE = 'P0001';
END;
$$;

CREATE TRIGGER "Revision_immutable"
  BEFORE UPDATE OR DELETE ON "Revision"
  FOR EACH ROW EXECUTE FUNCTION "Revision_immutable"();
