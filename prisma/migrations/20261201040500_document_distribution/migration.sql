-- CreateEnum
CREATE TYPE "Distribution" AS ENUM ('GENERAL', 'LIMITED', 'RESTRICTED');

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "distribution" "Distribution" NOT NULL DEFAULT 'LIMITED';
