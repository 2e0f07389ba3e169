import { contentChanged } from '../../core/content-events.ts';
import { type Ctx, inTransaction } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { htmlToText, sanitizeRichText } from '../../core/html/sanitize.ts';
import { slugify } from '../../lib/vi/index.ts';
import { recordAudit } from '../audit/audit.service.ts';
import { indexSearchEntry, removeSearchEntry } from '../search/search-index.service.ts';
import { PAGE_SLUG, type PageDto, PageInput, type PageSummary } from './pages.dto.ts';
import * as repo from './pages.repo.ts';

export const pageUrl = (slug: string) => `/gioi-thieu/${slug}`;

export function presentPageSummary(row: repo.PageRow): PageSummary {
  return {
    id: row.id,
    slug: row.slug,
    title: row.title,
    position: row.position,
    published: row.published,
    url: pageUrl(row.slug),
    updatedAt: row.updatedAt.toISOString(),
  };
}

export function presentPage(row: repo.PageRow): PageDto {
  return { ...presentPageSummary(row), bodyHtml: row.bodyHtml };
}

const notFound = () => new AppError('NOT_FOUND', { message: 'Không tìm thấy trang.' });

async function prepare(ctx: Ctx, raw: PageInput, selfId: string | null) {
  const input = PageInput.parse(raw);
  const slug = input.slug || slugify(input.title, 120);
  if (!PAGE_SLUG.test(slug)) {
    throw new AppError('VALIDATION', {
      fieldErrors: { slug: 'Vui lòng nhập đường dẫn (chữ thường không dấu, số, dấu gạch ngang)' },
    });
  }
  if (await repo.slugTaken(ctx.db, ctx.tenantId, slug, selfId)) {
    throw new AppError('CONFLICT', {
      message: 'Đường dẫn này đã được dùng cho một trang khác.',
      fieldErrors: { slug: 'Đường dẫn này đã được dùng cho một trang khác' },
    });
  }
  return {
    slug,
    title: input.title,
    bodyHtml: sanitizeRichText(input.bodyHtml),
    position: input.position,
    published: input.published,
  };
}

async function syncSearch(ctx: Ctx, row: repo.PageRow): Promise<void> {
  if (!row.published) return removeSearchEntry(ctx, 'page', row.id);
  const text = htmlToText(row.bodyHtml);
  await indexSearchEntry(ctx, {
    kind: 'page',
    refId: row.id,
    url: pageUrl(row.slug),
    title: row.title,
    summary: text.slice(0, 300),
    body: text,
    publishedAt: row.updatedAt,
  });
}

const tags = (id: string) => ['pages', `page:${id}`];

export async function listPagesForStaff(ctx: Ctx): Promise<PageSummary[]> {
  return (await repo.listPages(ctx.db, ctx.tenantId, false)).map(presentPageSummary);
}

export async function getPage(ctx: Ctx, id: string): Promise<PageDto> {
  const row = await repo.findPage(ctx.db, ctx.tenantId, id);
  if (!row) throw notFound();
  return presentPage(row);
}

/** `isDemo` marks demo content (removed together by "Xóa dữ liệu minh họa"). */
export async function createPage(
  ctx: Ctx,
  input: PageInput,
  opts: { isDemo?: boolean } = {},
): Promise<PageDto> {
  return inTransaction(ctx, async (tx) => {
    const row = await repo.insertPage(tx.db, tx.tenantId, {
      ...(await prepare(tx, input, null)),
      isDemo: opts.isDemo ?? false,
    });
    await syncSearch(tx, row);
    const page = presentPage(row);
    await recordAudit(tx, { action: 'page.create', entity: 'page', entityId: row.id, after: page });
    contentChanged(tx, tags(row.id));
    return page;
  });
}

export async function updatePage(ctx: Ctx, id: string, input: PageInput): Promise<PageDto> {
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findPage(tx.db, tx.tenantId, id);
    if (!before) throw notFound();
    const row = await repo.updatePage(tx.db, tx.tenantId, id, await prepare(tx, input, id));
    if (!row) throw notFound();
    await syncSearch(tx, row);
    const page = presentPage(row);
    await recordAudit(tx, {
      action: 'page.update',
      entity: 'page',
      entityId: id,
      before: presentPage(before),
      after: page,
    });
    contentChanged(tx, tags(id));
    return page;
  });
}

export async function deletePage(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await repo.deletePage(tx.db, tx.tenantId, id);
    if (!row) throw notFound();
    await removeSearchEntry(tx, 'page', id);
    await recordAudit(tx, { action: 'page.delete', entity: 'page', entityId: id, before: presentPage(row) });
    contentChanged(tx, tags(id));
  });
}

/** Published pages in menu order, for /gioi-thieu. */
export async function listPublishedPages(ctx: Ctx): Promise<PageSummary[]> {
  return (await repo.listPages(ctx.db, ctx.tenantId, true)).map(presentPageSummary);
}

/** A published page of this tenant by slug, or null. */
export async function getPublishedPage(ctx: Ctx, slug: string): Promise<PageDto | null> {
  if (!PAGE_SLUG.test(slug) || slug.length > 120) return null;
  const row = await repo.findPageBySlug(ctx.db, ctx.tenantId, slug);
  return row?.published ? presentPage(row) : null;
}
