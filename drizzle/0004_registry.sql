CREATE TABLE "figure_rules" (
	"code" text PRIMARY KEY NOT NULL,
	"severity" text NOT NULL,
	"check" text NOT NULL,
	"indicator_code" text NOT NULL,
	"other_indicator_code" text,
	"threshold" numeric,
	"applies_to" text[] DEFAULT '{}'::text[] NOT NULL,
	"message" text NOT NULL,
	"legal_basis" text DEFAULT '' NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"code" text PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"unit" text NOT NULL,
	"value_type" text NOT NULL,
	"help" text DEFAULT '' NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"required" boolean DEFAULT false NOT NULL,
	"applies_to" text[] DEFAULT '{}'::text[] NOT NULL,
	"active" boolean DEFAULT true NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_attachments" (
	"tenant_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"media_id" uuid NOT NULL,
	"kind" text DEFAULT 'khac' NOT NULL,
	"title" text DEFAULT '' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_attachments_org_id_media_id_pk" PRIMARY KEY("org_id","media_id")
);
--> statement-breakpoint
CREATE TABLE "org_figures" (
	"tenant_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"indicator_code" text NOT NULL,
	"value" numeric NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_figures_org_id_year_indicator_code_pk" PRIMARY KEY("org_id","year","indicator_code")
);
--> statement-breakpoint
CREATE TABLE "org_imports" (
	"tenant_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"file_name" text NOT NULL,
	"file_path" text NOT NULL,
	"report_path" text,
	"sheet_name" text,
	"year" integer,
	"status" text NOT NULL,
	"mapping" jsonb,
	"choices" jsonb,
	"preview" jsonb,
	"counts" jsonb,
	"progress" integer DEFAULT 0 NOT NULL,
	"error" text,
	"committed_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "org_ratings" (
	"tenant_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"grade" text NOT NULL,
	"score" numeric,
	"band_set_id" text,
	"note" text DEFAULT '' NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_ratings_org_id_year_pk" PRIMARY KEY("org_id","year")
);
--> statement-breakpoint
CREATE TABLE "org_reports" (
	"tenant_id" uuid NOT NULL,
	"org_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'chua_nop' NOT NULL,
	"profile_changes" jsonb,
	"comment" text DEFAULT '' NOT NULL,
	"submitted_at" timestamp with time zone,
	"submitted_by" uuid,
	"reviewed_at" timestamp with time zone,
	"reviewed_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "org_reports_org_id_year_pk" PRIMARY KEY("org_id","year")
);
--> statement-breakpoint
CREATE TABLE "org_representatives" (
	"tenant_id" uuid NOT NULL,
	"user_id" uuid PRIMARY KEY NOT NULL,
	"org_id" uuid NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_status_history" (
	"tenant_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"org_id" uuid NOT NULL,
	"status" text NOT NULL,
	"since" date NOT NULL,
	"note" text DEFAULT '' NOT NULL,
	"changed_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "org_union_members" (
	"tenant_id" uuid NOT NULL,
	"union_id" uuid NOT NULL,
	"member_id" uuid NOT NULL,
	"joined_on" date,
	"left_on" date,
	CONSTRAINT "org_union_members_union_id_member_id_pk" PRIMARY KEY("union_id","member_id")
);
--> statement-breakpoint
CREATE TABLE "organizations" (
	"tenant_id" uuid NOT NULL,
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"kind" text NOT NULL,
	"name" text NOT NULL,
	"short_name" text DEFAULT '' NOT NULL,
	"slug" text NOT NULL,
	"reg_code" text,
	"registered_on" date,
	"registration_authority" text DEFAULT '' NOT NULL,
	"founded_on" date,
	"province_code" text,
	"commune_code" text,
	"street" text DEFAULT '' NOT NULL,
	"address_original" text DEFAULT '' NOT NULL,
	"sector_primary" text DEFAULT 'khac' NOT NULL,
	"sectors_other" text[] DEFAULT '{}'::text[] NOT NULL,
	"representative_name" text DEFAULT '' NOT NULL,
	"representative_title" text DEFAULT '' NOT NULL,
	"public_phone" text DEFAULT '' NOT NULL,
	"public_email" text DEFAULT '' NOT NULL,
	"website" text DEFAULT '' NOT NULL,
	"private_contact_name" text DEFAULT '' NOT NULL,
	"private_phone" text DEFAULT '' NOT NULL,
	"private_email" text DEFAULT '' NOT NULL,
	"latitude" double precision,
	"longitude" double precision,
	"status" text DEFAULT 'dang_hoat_dong' NOT NULL,
	"status_since" date,
	"converted_to_law_2023" boolean DEFAULT false NOT NULL,
	"converted_on" date,
	"size_class" text,
	"alliance_member_since" date,
	"alliance_member_until" date,
	"national_id" text,
	"notes" text DEFAULT '' NOT NULL,
	"merged_into_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"name_folded" text GENERATED ALWAYS AS (lower(f_unaccent(name))) STORED NOT NULL,
	"search_folded" text GENERATED ALWAYS AS (lower(f_unaccent(name || ' ' || short_name || ' ' || coalesce(reg_code, '') || ' ' || representative_name))) STORED NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rating_band_sets" (
	"id" text PRIMARY KEY NOT NULL,
	"from_year" integer NOT NULL,
	"legal_basis" text NOT NULL,
	"bands" jsonb NOT NULL,
	"min_months_operating" integer DEFAULT 12 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "reporting_deadlines" (
	"tenant_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"deadline" date NOT NULL,
	CONSTRAINT "reporting_deadlines_tenant_id_year_pk" PRIMARY KEY("tenant_id","year")
);
--> statement-breakpoint
ALTER TABLE "figure_rules" ADD CONSTRAINT "figure_rules_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "figure_rules" ADD CONSTRAINT "figure_rules_other_indicator_code_indicators_code_fk" FOREIGN KEY ("other_indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_attachments" ADD CONSTRAINT "org_attachments_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_attachments" ADD CONSTRAINT "org_attachments_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_attachments" ADD CONSTRAINT "org_attachments_media_id_media_assets_id_fk" FOREIGN KEY ("media_id") REFERENCES "public"."media_assets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_figures" ADD CONSTRAINT "org_figures_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_figures" ADD CONSTRAINT "org_figures_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_figures" ADD CONSTRAINT "org_figures_indicator_code_indicators_code_fk" FOREIGN KEY ("indicator_code") REFERENCES "public"."indicators"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_imports" ADD CONSTRAINT "org_imports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_ratings" ADD CONSTRAINT "org_ratings_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_ratings" ADD CONSTRAINT "org_ratings_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_ratings" ADD CONSTRAINT "org_ratings_band_set_id_rating_band_sets_id_fk" FOREIGN KEY ("band_set_id") REFERENCES "public"."rating_band_sets"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_reports" ADD CONSTRAINT "org_reports_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_reports" ADD CONSTRAINT "org_reports_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_representatives" ADD CONSTRAINT "org_representatives_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_representatives" ADD CONSTRAINT "org_representatives_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_representatives" ADD CONSTRAINT "org_representatives_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_status_history" ADD CONSTRAINT "org_status_history_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_status_history" ADD CONSTRAINT "org_status_history_org_id_organizations_id_fk" FOREIGN KEY ("org_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_union_members" ADD CONSTRAINT "org_union_members_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_union_members" ADD CONSTRAINT "org_union_members_union_id_organizations_id_fk" FOREIGN KEY ("union_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "org_union_members" ADD CONSTRAINT "org_union_members_member_id_organizations_id_fk" FOREIGN KEY ("member_id") REFERENCES "public"."organizations"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "organizations" ADD CONSTRAINT "organizations_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "reporting_deadlines" ADD CONSTRAINT "reporting_deadlines_tenant_id_tenants_id_fk" FOREIGN KEY ("tenant_id") REFERENCES "public"."tenants"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "org_figures_year_idx" ON "org_figures" USING btree ("tenant_id","year","indicator_code");--> statement-breakpoint
CREATE INDEX "org_imports_recent_idx" ON "org_imports" USING btree ("tenant_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "org_ratings_year_idx" ON "org_ratings" USING btree ("tenant_id","year","grade");--> statement-breakpoint
CREATE INDEX "org_reports_year_idx" ON "org_reports" USING btree ("tenant_id","year","status");--> statement-breakpoint
CREATE INDEX "org_representatives_org_idx" ON "org_representatives" USING btree ("tenant_id","org_id");--> statement-breakpoint
CREATE INDEX "org_status_history_org_idx" ON "org_status_history" USING btree ("tenant_id","org_id","since" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "org_union_members_member_idx" ON "org_union_members" USING btree ("tenant_id","member_id");--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_reg_code_uq" ON "organizations" USING btree ("tenant_id","reg_code") WHERE "organizations"."reg_code" is not null and "organizations"."merged_into_id" is null;--> statement-breakpoint
CREATE UNIQUE INDEX "organizations_slug_uq" ON "organizations" USING btree ("tenant_id","slug");--> statement-breakpoint
CREATE INDEX "organizations_name_idx" ON "organizations" USING btree ("tenant_id","name_folded");--> statement-breakpoint
CREATE INDEX "organizations_kind_idx" ON "organizations" USING btree ("tenant_id","kind","name_folded");--> statement-breakpoint
CREATE INDEX "organizations_commune_idx" ON "organizations" USING btree ("tenant_id","commune_code");--> statement-breakpoint
CREATE INDEX "organizations_created_idx" ON "organizations" USING btree ("tenant_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "organizations_search_trgm_idx" ON "organizations" USING gin ("search_folded" gin_trgm_ops);