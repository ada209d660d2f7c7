ALTER TABLE "projects" ADD COLUMN "red_from_months" smallint;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "amber_from_months" smallint;--> statement-breakpoint
-- Backfill for rows written before these columns, with the default thresholds of the core's
-- execution alert (red below 60%, amber below 80% of 序时进度): red once m > 12·spent ÷ (0.6·received).
-- Rows written from now on get the values from the core itself.
UPDATE "projects" SET
  "red_from_months" = least(13, floor("spent_amount" * 20 / "received_amount") + 1),
  "amber_from_months" = least(13, floor("spent_amount" * 15 / "received_amount") + 1)
WHERE "received_amount" > 0;
