CREATE TABLE "unit_year_alert_buckets" (
	"unit_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"as_of_months" smallint,
	"red_from_months" smallint,
	"amber_from_months" smallint,
	"project_count" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "unit_year_totals" (
	"unit_id" uuid NOT NULL,
	"fiscal_year" integer NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"project_count" integer NOT NULL,
	"budget_amount" numeric(18, 2) NOT NULL,
	"adjusted_budget_amount" numeric(18, 2) NOT NULL,
	"received_amount" numeric(18, 2) NOT NULL,
	"spent_amount" numeric(18, 2) NOT NULL,
	"latest_as_of" date,
	"excellent" integer NOT NULL,
	"good" integer NOT NULL,
	"fair" integer NOT NULL,
	"poor" integer NOT NULL,
	CONSTRAINT "unit_year_totals_unit_id_fiscal_year_pk" PRIMARY KEY("unit_id","fiscal_year")
);
--> statement-breakpoint
CREATE INDEX "unit_year_alert_buckets_idx" ON "unit_year_alert_buckets" USING btree ("fiscal_year","unit_id");--> statement-breakpoint
CREATE INDEX "unit_year_totals_year_idx" ON "unit_year_totals" USING btree ("fiscal_year","region_code");--> statement-breakpoint
-- Fill the caches for the projects already stored (the same statements as unit-year-stats.ts).
INSERT INTO "unit_year_totals" SELECT "unit_id", "fiscal_year", "region_code", count(*)::int,
  sum("budget_amount"), sum("adjusted_budget_amount"), sum("received_amount"), sum("spent_amount"), max("as_of"),
  (count(*) FILTER (WHERE "grade" = 'excellent'))::int, (count(*) FILTER (WHERE "grade" = 'good'))::int,
  (count(*) FILTER (WHERE "grade" = 'fair'))::int, (count(*) FILTER (WHERE "grade" = 'poor'))::int
FROM "projects" GROUP BY "unit_id", "fiscal_year", "region_code";--> statement-breakpoint
INSERT INTO "unit_year_alert_buckets" SELECT "unit_id", "fiscal_year", "region_code", "as_of_months",
  "red_from_months", "amber_from_months", count(*)::int
FROM "projects" GROUP BY "unit_id", "fiscal_year", "region_code", "as_of_months", "red_from_months", "amber_from_months";
