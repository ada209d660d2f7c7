ALTER TABLE "projects" ADD COLUMN "as_of_months" smallint;--> statement-breakpoint
CREATE INDEX "indicators_abs_deviation_idx" ON "indicators" USING btree (abs("deviation_rate") desc) WHERE "indicators"."deviation_rate" is not null;--> statement-breakpoint
-- Backfill for databases created before this column: completed months of the fiscal year at as_of
-- (month-based 序时进度 × 12; the day after the last day of a month starts the next one).
UPDATE "projects" SET "as_of_months" = CASE
  WHEN extract(year FROM "as_of") < "fiscal_year" THEN 0
  WHEN extract(year FROM "as_of") > "fiscal_year" THEN 12
  WHEN extract(month FROM "as_of" + 1) = 1 THEN 12
  ELSE extract(month FROM "as_of" + 1)::int - 1
END WHERE "as_of" IS NOT NULL;
