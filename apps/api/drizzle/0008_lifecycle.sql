CREATE TABLE "lifecycle_steps" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"project_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"action" text NOT NULL,
	"actor_id" uuid,
	"actor_name" text NOT NULL,
	"actor_role" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"reason" text,
	"input" jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "project_lifecycles" (
	"project_id" uuid PRIMARY KEY NOT NULL,
	"unit_id" uuid NOT NULL,
	"region_code" varchar(6) NOT NULL,
	"state" jsonb NOT NULL,
	"version" integer NOT NULL,
	"stage" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lifecycle_steps" ADD CONSTRAINT "lifecycle_steps_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_lifecycles" ADD CONSTRAINT "project_lifecycles_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lifecycle_steps_version_idx" ON "lifecycle_steps" USING btree ("project_id","version");--> statement-breakpoint
CREATE INDEX "project_lifecycles_unit_idx" ON "project_lifecycles" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "project_lifecycles_stage_idx" ON "project_lifecycles" USING btree ("stage");