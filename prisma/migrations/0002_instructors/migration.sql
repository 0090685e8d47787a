-- AlterTable
ALTER TABLE "Exercise" ADD COLUMN "problem" TEXT;
ALTER TABLE "Exercise" ADD COLUMN "problemHash" TEXT;

-- CreateTable
CREATE TABLE "ProblemSet" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "courseId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "description" TEXT NOT NULL DEFAULT '',
    "openAt" DATETIME,
    "dueAt" DATETIME,
    "lateUntil" DATETIME,
    "latePercent" REAL NOT NULL DEFAULT 0,
    "maxAttempts" INTEGER,
    "attemptPenaltyPercent" REAL NOT NULL DEFAULT 0,
    "hiddenFeedback" TEXT NOT NULL DEFAULT 'always',
    "published" BOOLEAN NOT NULL DEFAULT false,
    "publishedAt" DATETIME,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "ProblemSet_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "ProblemSetItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "setId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "points" REAL NOT NULL,
    CONSTRAINT "ProblemSetItem_setId_fkey" FOREIGN KEY ("setId") REFERENCES "ProblemSet" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "ProblemSetItem_exerciseId_fkey" FOREIGN KEY ("exerciseId") REFERENCES "Exercise" ("id") ON DELETE RESTRICT ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegradeRun" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "courseId" TEXT NOT NULL,
    "exerciseId" TEXT NOT NULL,
    "toHash" TEXT NOT NULL,
    "requestedById" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finishedAt" DATETIME,
    CONSTRAINT "RegradeRun_courseId_fkey" FOREIGN KEY ("courseId") REFERENCES "Course" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RegradeRun_requestedById_fkey" FOREIGN KEY ("requestedById") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "RegradeItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "runId" TEXT NOT NULL,
    "submissionId" TEXT NOT NULL,
    "oldHash" TEXT,
    "oldStatus" TEXT NOT NULL,
    "oldScore" REAL,
    "oldPassed" BOOLEAN,
    "newScore" REAL,
    "newPassed" BOOLEAN,
    "doneAt" DATETIME,
    CONSTRAINT "RegradeItem_runId_fkey" FOREIGN KEY ("runId") REFERENCES "RegradeRun" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "RegradeItem_submissionId_fkey" FOREIGN KEY ("submissionId") REFERENCES "Submission" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Course" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "slug" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "joinCode" TEXT,
    "description" TEXT NOT NULL DEFAULT '',
    "timeZone" TEXT NOT NULL DEFAULT 'UTC',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);
INSERT INTO "new_Course" ("createdAt", "id", "joinCode", "slug", "title") SELECT "createdAt", "id", "joinCode", "slug", "title" FROM "Course";
DROP TABLE "Course";
ALTER TABLE "new_Course" RENAME TO "Course";
CREATE UNIQUE INDEX "Course_slug_key" ON "Course"("slug");
CREATE UNIQUE INDEX "Course_joinCode_key" ON "Course"("joinCode");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "ProblemSet_courseId_idx" ON "ProblemSet"("courseId");

-- CreateIndex
CREATE UNIQUE INDEX "ProblemSetItem_setId_exerciseId_key" ON "ProblemSetItem"("setId", "exerciseId");

-- CreateIndex
CREATE INDEX "RegradeRun_courseId_exerciseId_idx" ON "RegradeRun"("courseId", "exerciseId");

-- CreateIndex
CREATE INDEX "RegradeItem_runId_idx" ON "RegradeItem"("runId");

-- CreateIndex
CREATE INDEX "RegradeItem_submissionId_idx" ON "RegradeItem"("submissionId");


-- Regrades re-queue old submissions at priority > 0. A student may have several submissions of one exercise
-- being regraded at once, so the one-pending-job rule (0001) now covers live submissions only (priority 0).
DROP INDEX "Submission_one_pending_per_user_exercise";
CREATE UNIQUE INDEX "Submission_one_pending_per_user_exercise" ON "Submission"("userId", "exerciseId") WHERE "status" IN ('queued', 'running') AND "priority" = 0;
