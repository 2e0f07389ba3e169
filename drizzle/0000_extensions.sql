-- Both extensions are "trusted" on PostgreSQL 13+, so a database owner may create them.
CREATE EXTENSION IF NOT EXISTS unaccent;
--> statement-breakpoint
CREATE EXTENSION IF NOT EXISTS pg_trgm;
--> statement-breakpoint
-- IMMUTABLE wrapper so it can feed stored generated columns and indexes.
-- unaccent() itself is only STABLE because its dictionary could change; ours is fixed.
CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text
  LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT
  AS $$ SELECT translate(public.unaccent('public.unaccent'::regdictionary, $1), 'Đđ', 'Dd') $$;
