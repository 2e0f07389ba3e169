import type { FastifyReply, FastifyRequest } from 'fastify';
import { renderUnknownSiteHtml } from './error-pages.tsx';
import { sendPage } from './page-response.ts';
import { loadSiteMenu } from './site-menu.ts';

/**
 * onRequest hook for public page routes: with several alliances on one server, a host name none
 * of them claims gets the standalone "unknown site" page instead of someone else's content.
 * For a known site it loads what every page's layout shows (the main menu).
 */
export async function requirePublicTenant(
  req: FastifyRequest,
  reply: FastifyReply,
): Promise<FastifyReply | undefined> {
  if (req.tenant) {
    await loadSiteMenu(req);
    return undefined;
  }
  return sendPage(req, reply, renderUnknownSiteHtml(req), 404);
}
