import { contentChanged } from '../../core/content-events.ts';
import { type Ctx, inTransaction } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type {
  CategoryCreate,
  CategoryDto,
  CategoryList,
  CategoryReorder,
  CategoryUpdate,
} from './category.dto.ts';
import * as repo from './category.repo.ts';
import { categoryUrl, withDescendants } from './category-tree.ts';
import { firstFreeSlug, slugFrom } from './slug-choice.ts';

const NOT_FOUND = 'Không tìm thấy chuyên mục.';

export function presentCategory(row: repo.CategoryRow, articleCount = 0): CategoryDto {
  return {
    id: row.id,
    parentId: row.parentId,
    name: row.name,
    slug: row.slug,
    url: categoryUrl(row.slug),
    description: row.description,
    position: row.position,
    showOnHome: row.showOnHome,
    articleCount,
  };
}

export async function listCategoryDtos(ctx: Ctx): Promise<CategoryList> {
  const [rows, counts] = await Promise.all([
    repo.listCategories(ctx.db, ctx.tenantId),
    repo.articleCountsByCategory(ctx.db, ctx.tenantId),
  ]);
  return { items: rows.map((r) => presentCategory(r, counts.get(r.id) ?? 0)) };
}

/** A category rename or move changes menus, breadcrumbs and lists across the site. */
function announce(ctx: Ctx, id: string): void {
  contentChanged(ctx, [`category:${id}`, 'categories', 'articles', 'home']);
}

async function resolveSlug(
  ctx: Ctx,
  name: string,
  explicit: string | undefined,
  selfId?: string,
): Promise<string> {
  if (explicit) {
    const owner = await repo.findCategoryBySlug(ctx.db, ctx.tenantId, explicit);
    if (owner && owner.id !== selfId) {
      throw new AppError('CONFLICT', {
        message: 'Đường dẫn này đã được dùng cho chuyên mục khác.',
        fieldErrors: { slug: 'Đường dẫn đã được dùng' },
      });
    }
    return explicit;
  }
  const base = slugFrom(name, 'chuyen-muc');
  const taken = await repo.categorySlugsLike(ctx.db, ctx.tenantId, base);
  const own = selfId ? (await repo.findCategory(ctx.db, ctx.tenantId, selfId))?.slug : undefined;
  return firstFreeSlug(
    base,
    taken.filter((s) => s !== own),
  );
}

async function checkParent(ctx: Ctx, parentId: string | null, selfId?: string): Promise<void> {
  if (!parentId) return;
  const all = await repo.listCategories(ctx.db, ctx.tenantId);
  const invalid = (message: string) => new AppError('VALIDATION', { fieldErrors: { parentId: message } });
  if (!all.some((c) => c.id === parentId)) throw invalid('Chuyên mục cha không tồn tại');
  if (selfId && withDescendants(all, selfId).includes(parentId)) {
    throw invalid('Không thể đặt chuyên mục vào chính nó hoặc chuyên mục con của nó');
  }
}

/** `isDemo` marks demo content (removed together by "Xóa dữ liệu minh họa"). */
export async function createCategory(
  ctx: Ctx,
  input: CategoryCreate,
  opts: { isDemo?: boolean } = {},
): Promise<CategoryDto> {
  return inTransaction(ctx, async (tx) => {
    await checkParent(tx, input.parentId);
    const siblings = (await repo.listCategories(tx.db, tx.tenantId)).filter(
      (c) => c.parentId === input.parentId,
    );
    const row = await repo.insertCategory(tx.db, {
      tenantId: tx.tenantId,
      parentId: input.parentId,
      name: input.name,
      slug: await resolveSlug(tx, input.name, input.slug),
      description: input.description,
      showOnHome: input.showOnHome,
      // New categories go last among their siblings.
      position: siblings.reduce((max, c) => Math.max(max, c.position + 1), 0),
      isDemo: opts.isDemo ?? false,
    });
    const dto = presentCategory(row);
    await recordAudit(tx, { action: 'category.create', entity: 'category', entityId: row.id, after: dto });
    announce(tx, row.id);
    return dto;
  });
}

export async function updateCategory(ctx: Ctx, id: string, patch: CategoryUpdate): Promise<CategoryDto> {
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findCategory(tx.db, tx.tenantId, id);
    if (!before) throw new AppError('NOT_FOUND', { message: NOT_FOUND });
    if (patch.parentId !== undefined) await checkParent(tx, patch.parentId, id);
    const slug =
      patch.slug !== undefined && patch.slug !== before.slug
        ? await resolveSlug(tx, patch.name ?? before.name, patch.slug, id)
        : undefined;
    const row = await repo.updateCategory(tx.db, tx.tenantId, id, { ...patch, ...(slug ? { slug } : {}) });
    if (!row) throw new AppError('NOT_FOUND', { message: NOT_FOUND });
    const counts = await repo.countArticlesIn(tx.db, tx.tenantId, id);
    const dto = presentCategory(row, counts);
    await recordAudit(tx, {
      action: 'category.update',
      entity: 'category',
      entityId: id,
      before: presentCategory(before, counts),
      after: dto,
    });
    announce(tx, id);
    return dto;
  });
}

/** Only an empty category goes: articles must always have one. */
export async function deleteCategory(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const all = await repo.listCategories(tx.db, tx.tenantId);
    const row = all.find((c) => c.id === id);
    if (!row) throw new AppError('NOT_FOUND', { message: NOT_FOUND });
    if (all.some((c) => c.parentId === id)) {
      throw new AppError('CONFLICT', { message: 'Chuyên mục còn chuyên mục con, chưa thể xóa.' });
    }
    const n = await repo.countArticlesIn(tx.db, tx.tenantId, id);
    if (n > 0) throw new AppError('CONFLICT', { message: `Chuyên mục còn ${n} bài viết, chưa thể xóa.` });
    await repo.deleteCategory(tx.db, tx.tenantId, id);
    await recordAudit(tx, {
      action: 'category.delete',
      entity: 'category',
      entityId: id,
      before: presentCategory(row),
    });
    announce(tx, id);
  });
}

/** `ids` must name exactly the children of `parentId`, in their new order. */
export async function reorderCategories(ctx: Ctx, input: CategoryReorder): Promise<CategoryList> {
  await inTransaction(ctx, async (tx) => {
    const siblings = (await repo.listCategories(tx.db, tx.tenantId)).filter(
      (c) => c.parentId === input.parentId,
    );
    const expected = new Set(siblings.map((c) => c.id));
    const given = new Set(input.ids);
    if (
      given.size !== input.ids.length ||
      given.size !== expected.size ||
      input.ids.some((i) => !expected.has(i))
    ) {
      throw new AppError('VALIDATION', {
        message: 'Danh sách sắp xếp phải gồm đúng các chuyên mục cùng cấp.',
        fieldErrors: { ids: 'Danh sách chuyên mục không khớp' },
      });
    }
    await repo.setPositions(tx.db, tx.tenantId, input.ids);
    await recordAudit(tx, {
      action: 'category.reorder',
      entity: 'category',
      entityId: input.parentId,
      before: siblings.map((c) => c.id),
      after: input.ids,
    });
    contentChanged(tx, ['categories', 'home']);
  });
  return listCategoryDtos(ctx);
}
