import type { FastifyRequest } from 'fastify';
import { contentEvents } from '../core/content-events.ts';
import { publicCtx } from '../core/http/request-context.ts';
import { getMainMenu } from '../modules/pages/menu.service.ts';
import type { MenuItem } from './layout/main-menu.ts';

// Every public page shows the menu: read it once per tenant, drop it when staff change it.
const menus = new Map<string, readonly MenuItem[]>();
contentEvents.on('changed', ({ tenantId, tags }) => {
  if (tags.includes('menu')) menus.delete(tenantId);
});

declare module 'fastify' {
  interface FastifyRequest {
    /** The tenant's main menu, loaded for public pages before their handler runs. */
    siteMenu?: readonly MenuItem[];
  }
}

export async function loadSiteMenu(req: FastifyRequest): Promise<void> {
  const tenantId = req.tenant?.id;
  if (!tenantId) return;
  let menu = menus.get(tenantId);
  if (!menu) {
    menu = await getMainMenu(publicCtx(req));
    menus.set(tenantId, menu);
  }
  req.siteMenu = menu;
}
