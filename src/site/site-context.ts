import type { FastifyRequest } from 'fastify';
import { AppError } from '../core/errors.ts';
import { vietnamWallTime } from '../lib/vi/index.ts';
import type { TenantDto } from '../modules/tenants/tenants.dto.ts';
import { MAIN_MENU, type MenuItem } from './layout/main-menu.ts';
import './site-menu.ts';

/** What every public page needs to know about the request it answers. */
export interface SiteContext {
  tenant: TenantDto;
  /** Path of the page, without the query string: marks the current menu item. */
  path: string;
  /** scheme://host of the public site, for canonical and Open Graph links. */
  origin: string;
  /** Current year in Viet Nam, for the copyright line. */
  year: number;
  /** The main menu as staff arranged it (the default until they do). */
  menu: readonly MenuItem[];
}

/**
 * The origin readers should see. The request's own host is trusted only when it is one of the
 * tenant's hosts (a single-tenant install answers any Host header, which must not leak into links).
 */
export function publicOrigin(req: FastifyRequest, tenant: TenantDto): string {
  const host = req.host.toLowerCase();
  const own = tenant.hosts.includes(host) || tenant.hosts.includes(host.replace(/:\d+$/, ''));
  const configured = req.server.deps.config.PUBLIC_URL;
  if (!own && configured) return new URL(configured).origin;
  return new URL(`${req.protocol}://${req.host}`).origin;
}

/** Context of a public page; page routes sit behind requirePublicTenant, so the tenant is known. */
export function siteContext(req: FastifyRequest, tenant = req.tenant): SiteContext {
  if (!tenant) throw new AppError('TENANT_NOT_FOUND');
  return {
    tenant,
    path: req.url.split('?')[0] ?? '/',
    origin: publicOrigin(req, tenant),
    year: vietnamWallTime(req.server.deps.clock()).year,
    menu: req.siteMenu ?? MAIN_MENU,
  };
}
