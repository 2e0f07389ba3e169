import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { cachedPage } from '../../../core/cache/page-cache.plugin.ts';
import { publicCtx } from '../../../core/http/request-context.ts';
import { vietnamWallTime } from '../../../lib/vi/index.ts';
import { renderErrorHtml } from '../../../site/error-pages.tsx';
import { toHtml } from '../../../site/page-response.ts';
import { siteContext } from '../../../site/site-context.ts';
import { requirePublicTenant } from '../../../site/tenant-guard.ts';
import { sendText } from '../../../site/text-response.ts';
import { SITEMAP_CHILDREN } from '../../news/sitemap-index.ts';
import { renderUrlset, XML_TYPE } from '../../news/sitemap-xml.ts';
import { findDirectoryProfile, listDirectory } from './directory.service.ts';
import { DIRECTORY_PATH, parseDirectoryQuery } from './directory-list-query.ts';
import { ORG_SITEMAP_STEM, orgSitemapPaths, orgSitemapUrls } from './directory-sitemap.service.ts';
import { DirectoryListView } from './views/directory-list.view.tsx';
import { OrgProfileView } from './views/org-profile.view.tsx';

/** Every directory page shows organisations; the orgs service announces 'orgs' after each change. */
const TAGS = ['orgs'];
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const MAX_SLUG_LENGTH = 200;

/** Inside a cached render: a 404 page with its status, which the page cache serves but never keeps. */
function notFoundPage(req: FastifyRequest, reply: FastifyReply): string {
  reply.status(404);
  return renderErrorHtml(req, 404);
}

/** Inside a cached render: a permanent redirect (not kept by the cache: its status is not 200). */
function movedPage(reply: FastifyReply, url: string): string {
  reply.status(301).header('location', url);
  return toHtml(
    <p>
      Trang đã chuyển tới{' '}
      <a href={url} safe>
        {url}
      </a>
      .
    </p>,
  );
}

function today(req: FastifyRequest): string {
  const t = vietnamWallTime(req.server.deps.clock());
  return `${t.year}-${String(t.month).padStart(2, '0')}-${String(t.day).padStart(2, '0')}`;
}

/** Public directory of the register: /hop-tac-xa, /hop-tac-xa/:slug and its sitemap files. */
export default async function directorySite(app: FastifyInstance): Promise<void> {
  // The sitemap index lists each section's files; the same function object on every app build.
  if (!SITEMAP_CHILDREN.includes(orgSitemapPaths)) SITEMAP_CHILDREN.push(orgSitemapPaths);

  await app.register(async (site) => {
    site.addHook('onRequest', requirePublicTenant);

    site.get(DIRECTORY_PATH, { schema: { hide: true } }, async (req, reply) =>
      cachedPage(req, reply, TAGS, async () => {
        const query = parseDirectoryQuery(req.query);
        const page = await listDirectory(publicCtx(req), query);
        // A page past the end is not a page of the list.
        if (query.page > page.pageCount) return notFoundPage(req, reply);
        return toHtml(<DirectoryListView site={siteContext(req)} query={query} page={page} />);
      }),
    );

    site.get<{ Params: { slug: string } }>(
      `${DIRECTORY_PATH}/:slug`,
      { schema: { hide: true } },
      async (req, reply) => {
        const slug = req.params.slug;
        // A malformed slug is an unknown page, not a query.
        if (slug.length > MAX_SLUG_LENGTH || !SLUG.test(slug)) return reply.callNotFound();
        return cachedPage(req, reply, TAGS, async () => {
          const found = await findDirectoryProfile(publicCtx(req), slug, today(req));
          if (found.found === 'missing') return notFoundPage(req, reply);
          if (found.found === 'moved') return movedPage(reply, found.url);
          return toHtml(<OrgProfileView site={siteContext(req)} p={found.profile} />);
        });
      },
    );

    const sitemapFile = async (req: FastifyRequest, reply: FastifyReply, file: number) => {
      const urls = await orgSitemapUrls(publicCtx(req), siteContext(req).origin, file);
      // The first file always exists (maybe empty); a later one only while it has organisations.
      if (file > 1 && urls.length === 0) return reply.callNotFound();
      return sendText(req, reply, XML_TYPE, renderUrlset(urls));
    };

    site.get(`/${ORG_SITEMAP_STEM}.xml`, { schema: { hide: true } }, (req, reply) =>
      sitemapFile(req, reply, 1),
    );

    site.get<{ Params: { n: string } }>(
      `/${ORG_SITEMAP_STEM}-:n.xml`,
      { schema: { hide: true } },
      (req, reply) => {
        const n = /^[2-9]$|^[1-9]\d{1,4}$/.test(req.params.n) ? Number(req.params.n) : 0;
        return n >= 2 ? sitemapFile(req, reply, n) : reply.callNotFound();
      },
    );
  });
}
