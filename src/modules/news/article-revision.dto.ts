import { z } from 'zod';

export const RevisionParams = z.object({
  id: z.uuid({ error: 'Mã không hợp lệ' }),
  revisionId: z.coerce
    .number({ error: 'Mã phiên bản không hợp lệ' })
    .int()
    .min(1)
    .max(Number.MAX_SAFE_INTEGER),
});
export type RevisionParams = z.infer<typeof RevisionParams>;

export const RevisionSummary = z.object({
  id: z.number().int(),
  version: z.number().int(),
  status: z.string(),
  title: z.string(),
  createdAt: z.string(),
  createdBy: z.uuid().nullable(),
  createdByName: z.string().nullable(),
});
export type RevisionSummary = z.infer<typeof RevisionSummary>;

export const RevisionList = z.object({ items: z.array(RevisionSummary) });
export type RevisionList = z.infer<typeof RevisionList>;

export const DiffPartDto = z.object({ op: z.enum(['equal', 'insert', 'delete']), text: z.string() });

export const RevisionDiffQuery = z.object({
  /** Compare with the revision before it (what this revision changed) or with the article now. */
  against: z.enum(['previous', 'current']).default('previous'),
});
export type RevisionDiffQuery = z.infer<typeof RevisionDiffQuery>;

export const RevisionDetail = z.object({
  revision: RevisionSummary.extend({
    snapshot: z.object({
      title: z.string(),
      slug: z.string(),
      summary: z.string(),
      bodyHtml: z.string(),
      categoryId: z.string(),
      tags: z.array(z.string()),
      publishedAt: z.string().nullable(),
      status: z.string(),
    }),
  }),
  against: z.object({ kind: z.enum(['previous', 'current']), version: z.number().int().nullable() }),
  /** Word diffs from the other side to this revision (previous) or from this revision to now (current). */
  diff: z.object({
    title: z.array(DiffPartDto),
    summary: z.array(DiffPartDto),
    body: z.array(DiffPartDto),
  }),
  /** Other fields that differ (category, tags, cover, source…). */
  changedFields: z.array(z.string()),
});
export type RevisionDetail = z.infer<typeof RevisionDetail>;
