CREATE TABLE "unit_year_indicator_buckets" (
	"unit_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"as_of_months" smallint,
	"blue_months" integer NOT NULL,
	"project_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_year_monthly_spending" (
	"unit_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"month" smallint NOT NULL,
	"spent_amount" numeric(18, 2) NOT NULL,
	CONSTRAINT "unit_year_monthly_spending_unit_id_fiscal_year_month_pk" PRIMARY KEY("unit_id","fiscal_year","month")
);
--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "completion_likelihood" text;--> statement-breakpoint
ALTER TABLE "indicators" ADD COLUMN "deviation_cause_category" text;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "indicator_red_months" integer;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "indicator_amber_months" integer;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "indicator_green_months" integer;--> statement-breakpoint
ALTER TABLE "projects" ADD COLUMN "indicator_blue_months" integer;--> statement-breakpoint
CREATE INDEX "unit_year_indicator_buckets_idx" ON "unit_year_indicator_buckets" USING btree ("fiscal_year","unit_id");--> statement-breakpoint
CREATE INDEX "unit_year_monthly_spending_year_idx" ON "unit_year_monthly_spending" USING btree ("fiscal_year","region_code");--> statement-breakpoint
-- The monthly spending of the projects already stored (later writes keep it: unit-year-stats.ts).
INSERT INTO "unit_year_monthly_spending"
SELECT p."unit_id", p."fiscal_year", p."region_code", extract(month FROM pay."date")::smallint, sum(pay."amount")
FROM "payments" pay JOIN "projects" p ON p."id" = pay."project_id"
WHERE extract(year FROM pay."date") = p."fiscal_year"
GROUP BY p."unit_id", p."fiscal_year", p."region_code", extract(month FROM pay."date");
