import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../core/auth/guards.ts';
import type { Ctx } from '../../core/context.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses } from '../../core/http/schemas.ts';
import { MediaStore } from '../media/media-store.ts';
import { countDemoContent } from './demo-inventory.service.ts';
import { DemoRemovalResult, removeDemoContent } from './demo-removal.service.ts';

const count = z.number().int().min(0);

export const DemoStatus = z.object({
  /** Some demo content is still on the site. */
  present: z.boolean(),
  counts: z.object({
    articles: count,
    documents: count,
    pages: count,
    links: count,
    images: count,
    organizations: count,
  }),
});
export type DemoStatus = z.infer<typeof DemoStatus>;

export async function demoStatus(ctx: Ctx): Promise<DemoStatus> {
  const { categories, ...counts } = await countDemoContent(ctx);
  return { present: categories + Object.values(counts).reduce((a, b) => a + b, 0) > 0, counts };
}

/** GET: is demo content on the site (any staff); DELETE: remove it (administrators). Under /api/v1. */
const demoApi: FastifyPluginAsyncZod = async (app) => {
  const store = new MediaStore(app.deps.config.dataDir);

  app.get(
    '/demo',
    {
      schema: {
        tags: ['demo'],
        summary: 'Dữ liệu minh họa còn trên trang hay không, và bao nhiêu',
        response: { 200: DemoStatus, ...ErrorResponses },
      },
      preHandler: requireStaff(),
    },
    async (req) => demoStatus(staffCtx(req)),
  );

  app.delete(
    '/demo',
    {
      schema: {
        tags: ['demo'],
        summary: 'Xóa dữ liệu minh họa (giữ lại nội dung do cán bộ tạo)',
        response: { 200: DemoRemovalResult, ...ErrorResponses },
      },
      preHandler: requireStaff({ roles: ['quan_tri'] }),
    },
    async (req) => removeDemoContent(staffCtx(req), store, { tenants: app.deps.tenants }),
  );
};

export default demoApi;
