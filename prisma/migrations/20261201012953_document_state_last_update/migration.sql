-- AlterTable
ALTER TABLE "DocumentState" ADD COLUMN     "lastUpdateAt" TIMESTAMP(3);

-- The rows already folded are gone, and with them the time they were stored: the compaction that
-- folded them is the closest time left (at most one compaction interval late). A state that only
-- ever held the text the draft was created with gets the time it was first opened; nothing says
-- which states those are.
UPDATE "DocumentState" SET "lastUpdateAt" = "compactedAt";
