import { contentChanged } from '../../core/content-events.ts';
import { type Ctx, inTransaction } from '../../core/context.ts';
import { AppError } from '../../core/errors.ts';
import { recordAudit } from '../audit/audit.service.ts';
import type { LinkDto, LinkInput } from './links.dto.ts';
import * as repo from './links.repo.ts';

export interface WebsiteLink {
  id: string;
  title: string;
  url: string;
}

function present(row: repo.LinkRow): LinkDto {
  return { id: row.id, title: row.title, url: row.url, position: row.position };
}

/** "Liên kết website" in display order, for the home page and the footer. */
export async function listWebsiteLinks(ctx: Ctx): Promise<WebsiteLink[]> {
  const rows = await repo.listLinks(ctx.db, ctx.tenantId);
  return rows.map((r) => ({ id: r.id, title: r.title, url: r.url }));
}

export async function listLinksForStaff(ctx: Ctx): Promise<LinkDto[]> {
  return (await repo.listLinks(ctx.db, ctx.tenantId)).map(present);
}

const notFound = () => new AppError('NOT_FOUND', { message: 'Không tìm thấy liên kết.' });
// The links show on the home page (and wherever the layout lists them).
const TAGS = ['links', 'home'];

/** `isDemo` marks demo content (removed together by "Xóa dữ liệu minh họa"). */
export async function createLink(
  ctx: Ctx,
  input: LinkInput,
  opts: { isDemo?: boolean } = {},
): Promise<LinkDto> {
  return inTransaction(ctx, async (tx) => {
    const link = present(
      await repo.insertLink(tx.db, tx.tenantId, { ...input, isDemo: opts.isDemo ?? false }),
    );
    await recordAudit(tx, { action: 'link.create', entity: 'website_link', entityId: link.id, after: link });
    contentChanged(tx, TAGS);
    return link;
  });
}

export async function updateLink(ctx: Ctx, id: string, input: LinkInput): Promise<LinkDto> {
  return inTransaction(ctx, async (tx) => {
    const before = await repo.findLink(tx.db, tx.tenantId, id);
    if (!before) throw notFound();
    const row = await repo.updateLink(tx.db, tx.tenantId, id, input);
    if (!row) throw notFound();
    const link = present(row);
    await recordAudit(tx, {
      action: 'link.update',
      entity: 'website_link',
      entityId: id,
      before: present(before),
      after: link,
    });
    contentChanged(tx, TAGS);
    return link;
  });
}

export async function deleteLink(ctx: Ctx, id: string): Promise<void> {
  await inTransaction(ctx, async (tx) => {
    const row = await repo.deleteLink(tx.db, tx.tenantId, id);
    if (!row) throw notFound();
    await recordAudit(tx, {
      action: 'link.delete',
      entity: 'website_link',
      entityId: id,
      before: present(row),
    });
    contentChanged(tx, TAGS);
  });
}
