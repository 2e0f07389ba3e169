DROP INDEX "articles_public_idx";--> statement-breakpoint
DROP INDEX "articles_category_idx";--> statement-breakpoint
CREATE INDEX "articles_public_order_idx" ON "articles" USING btree ("tenant_id","status","published_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "articles_category_order_idx" ON "articles" USING btree ("tenant_id","category_id","published_at" DESC NULLS LAST,"id" DESC NULLS LAST);