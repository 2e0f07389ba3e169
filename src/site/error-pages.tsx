import type { FastifyRequest } from 'fastify';
import { toHtml } from './page-response.ts';
import { siteContext } from './site-context.ts';
import { NotFoundView, ServerErrorView, StandalonePage, UnknownSiteView } from './views/error.view.tsx';

const SERVER_ERROR_TITLE = 'Đã có lỗi hệ thống';
const SERVER_ERROR_TEXT =
  'Rất tiếc, trang này tạm thời chưa hiển thị được. Xin vui lòng thử lại sau ít phút.';

/** The host as the reader typed it, trimmed to something printable. */
function shownHost(req: FastifyRequest): string {
  return (req.headers.host ?? '').slice(0, 100);
}

/** The unknown-host page: several alliances share this server and none claims this host name. */
export function renderUnknownSiteHtml(req: FastifyRequest): string {
  return toHtml(<UnknownSiteView host={shownHost(req)} />);
}

/** Vietnamese 404/500 pages for people; the error handler calls this for HTML requests. */
export function renderErrorHtml(req: FastifyRequest, status: 404 | 500): string {
  const tenant = req.tenant;
  try {
    if (!tenant) {
      return status === 404
        ? renderUnknownSiteHtml(req)
        : toHtml(<StandalonePage title={SERVER_ERROR_TITLE} message={SERVER_ERROR_TEXT} />);
    }
    // An error page is no menu section, even under /tin-tuc/…
    const site = { ...siteContext(req, tenant), path: '' };
    return toHtml(
      status === 404 ? (
        <NotFoundView site={site} />
      ) : (
        <ServerErrorView site={site} requestId={String(req.id)} />
      ),
    );
  } catch (err) {
    // The layout itself failed (e.g. broken settings): still answer in Vietnamese.
    req.log.error({ err }, 'error page rendering failed');
    return toHtml(<StandalonePage title={SERVER_ERROR_TITLE} message={SERVER_ERROR_TEXT} />);
  }
}
