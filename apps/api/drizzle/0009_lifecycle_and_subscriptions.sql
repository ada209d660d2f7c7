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
CREATE TABLE "digest_deliveries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"subscription_id" uuid NOT NULL,
	"due_at" timestamp with time zone NOT NULL,
	"status" text NOT NULL,
	"attempts" integer DEFAULT 1 NOT NULL,
	"content" jsonb NOT NULL,
	"alert_keys" jsonb NOT NULL,
	"last_error" text,
	"delivered_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "digest_subscriptions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"owner_user_id" uuid NOT NULL,
	"platform" text NOT NULL,
	"target" text NOT NULL,
	"conversation_id" text NOT NULL,
	"conversation_title" text,
	"frequency" text NOT NULL,
	"next_run_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"lease_owner" text,
	"last_delivered_at" timestamp with time zone,
	"reported_alerts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "lifecycle_steps" ADD CONSTRAINT "lifecycle_steps_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "project_lifecycles" ADD CONSTRAINT "project_lifecycles_project_id_projects_id_fk" FOREIGN KEY ("project_id") REFERENCES "public"."projects"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_deliveries" ADD CONSTRAINT "digest_deliveries_subscription_id_digest_subscriptions_id_fk" FOREIGN KEY ("subscription_id") REFERENCES "public"."digest_subscriptions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "digest_subscriptions" ADD CONSTRAINT "digest_subscriptions_owner_user_id_users_id_fk" FOREIGN KEY ("owner_user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "lifecycle_steps_version_idx" ON "lifecycle_steps" USING btree ("project_id","version");--> statement-breakpoint
CREATE INDEX "project_lifecycles_unit_idx" ON "project_lifecycles" USING btree ("unit_id");--> statement-breakpoint
CREATE INDEX "project_lifecycles_stage_idx" ON "project_lifecycles" USING btree ("stage");--> statement-breakpoint
CREATE UNIQUE INDEX "digest_deliveries_due_idx" ON "digest_deliveries" USING btree ("subscription_id","due_at");--> statement-breakpoint
CREATE UNIQUE INDEX "digest_subscriptions_recipient_idx" ON "digest_subscriptions" USING btree ("owner_user_id","platform","conversation_id","frequency");--> statement-breakpoint
CREATE INDEX "digest_subscriptions_due_idx" ON "digest_subscriptions" USING btree ("next_run_at");