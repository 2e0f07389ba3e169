-- btree_gin lets a GIN index lead with tenant_id (trusted on PostgreSQL 13+, shipped with PGlite).
CREATE EXTENSION IF NOT EXISTS btree_gin;--> statement-breakpoint
DROP INDEX "organizations_search_trgm_idx";--> statement-breakpoint
CREATE INDEX "organizations_search_trgm_idx" ON "organizations" USING gin ("tenant_id","search_folded" gin_trgm_ops);