import { z } from 'zod';

export const SEARCH_KINDS = ['article', 'document', 'page'] as const;
export const SearchKind = z.enum(SEARCH_KINDS);
export type SearchKind = z.infer<typeof SearchKind>;

/** What a module hands the search index for one of its items (plain text, no HTML). */
export const SearchEntryInput = z.object({
  kind: SearchKind,
  refId: z.uuid(),
  url: z.string(),
  title: z.string(),
  summary: z.string(),
  body: z.string(),
  publishedAt: z.date(),
  categoryId: z.uuid().nullable().default(null),
  facet: z.string().nullable().default(null),
});
export type SearchEntryInput = z.input<typeof SearchEntryInput>;
