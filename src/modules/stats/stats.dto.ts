import { z } from 'zod';

const IsoDay = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Ngày theo dạng YYYY-MM-DD')
  .refine(
    (s) =>
      !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    {
      message: 'Ngày không tồn tại',
    },
  );

/** "Thống kê truy cập" and "Số người trực tuyến". */
export const VisitorCounter = z.object({
  totalVisits: z.number().int(),
  onlineNow: z.number().int(),
});
export type VisitorCounter = z.infer<typeof VisitorCounter>;

/** The public counter: numbers and their Vietnamese spelling ("266.141"). */
export const PublicCounter = VisitorCounter.extend({
  totalText: z.string(),
  onlineText: z.string(),
});
export type PublicCounter = z.infer<typeof PublicCounter>;

export const VisitsQuery = z
  .object({ from: IsoDay.optional(), to: IsoDay.optional() })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    path: ['to'],
    message: 'Ngày kết thúc phải sau ngày bắt đầu',
  });
export type VisitsQuery = z.infer<typeof VisitsQuery>;

export const VisitDay = z.object({ day: z.string(), visits: z.number().int(), pageViews: z.number().int() });
export type VisitDay = z.infer<typeof VisitDay>;

export const VisitsReport = z.object({
  from: z.string(),
  to: z.string(),
  /** Every day of the range, zero-filled, oldest first (a chart's x axis). */
  days: z.array(VisitDay),
  totalVisits: z.number().int(),
  onlineNow: z.number().int(),
});
export type VisitsReport = z.infer<typeof VisitsReport>;

export const TopArticlesQuery = z.object({ limit: z.coerce.number().int().min(1).max(100).default(10) });
export type TopArticlesQuery = z.infer<typeof TopArticlesQuery>;

export const TopArticle = z.object({
  id: z.uuid(),
  title: z.string(),
  slug: z.string(),
  views: z.number().int(),
  publishedAt: z.string().nullable(),
});
export type TopArticle = z.infer<typeof TopArticle>;

export const TopArticles = z.object({ items: z.array(TopArticle) });
export type TopArticles = z.infer<typeof TopArticles>;
