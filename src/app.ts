import { randomUUID } from 'node:crypto';
import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import './core/validation.ts';
import './core/http/fastify-augment.ts';
import { adminSpaPlugin } from './core/admin-spa/admin-spa.plugin.ts';
import type { AppDeps } from './core/http/deps.ts';
import { registerErrorHandlers } from './core/http/error-handler.ts';
import { registerOpenApi } from './core/http/openapi.ts';
import { registerSecurity } from './core/http/security.ts';
import observability from './core/observability/observability.plugin.ts';
import authApi from './modules/accounts/auth.api.ts';
import sessionPlugin from './modules/accounts/session.plugin.ts';
import usersApi from './modules/accounts/users.api.ts';
import auditApi from './modules/audit/audit.api.ts';
import demoApi from './modules/demo/demo.api.ts';
import documentsApi from './modules/documents/documents.api.ts';
import documentsSite from './modules/documents/documents.site.tsx';
import { renderArticleFeedback } from './modules/feedback/article-feedback.extras.tsx';
import feedbackApi from './modules/feedback/feedback.api.ts';
import feedbackSite from './modules/feedback/feedback.site.tsx';
import mediaApi from './modules/media/media.api.ts';
import mediaSite from './modules/media/media.site.tsx';
import newsApi from './modules/news/news.api.ts';
import newsSite from './modules/news/news.site.tsx';
import pagesApi from './modules/pages/pages.api.ts';
import pagesSite from './modules/pages/pages.site.tsx';
import placesApi from './modules/places/places.api.ts';
import directorySite from './modules/registry/directory/directory.site.tsx';
import registryApi from './modules/registry/registry.api.ts';
import searchApi from './modules/search/search.api.ts';
import searchSite from './modules/search/search.site.tsx';
import statsApi from './modules/stats/stats.api.ts';
import statsSite from './modules/stats/stats.site.tsx';
import tenantsApi from './modules/tenants/tenants.api.ts';
import { INLINE_SCRIPT_HASHES } from './site/csp.ts';
import { renderErrorHtml } from './site/error-pages.tsx';
import sitePlugin from './site/site.plugin.tsx';

export interface BuildOptions {
  /** pino options; false silences logs (tests). */
  logger?: boolean | { level: string };
}

/** The whole HTTP application, without listening (tests call app.inject). */
export async function buildApp(deps: AppDeps, opts: BuildOptions = {}): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? { level: deps.config.LOG_LEVEL },
    trustProxy: deps.config.trustProxy,
    genReqId: () => randomUUID(),
    bodyLimit: 1024 * 1024,
    // Long-lived keep-alive connections must not stall a graceful shutdown.
    forceCloseConnections: 'idle',
    routerOptions: { ignoreTrailingSlash: false },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  // JSON only (plus what plugins add): a cross-site form cannot post text/plain bodies at the API.
  app.removeContentTypeParser('text/plain');
  app.decorate('deps', deps);
  app.decorateRequest('tenant', null);

  await registerSecurity(app, { inlineScriptHashes: INLINE_SCRIPT_HASHES });
  await registerOpenApi(app);
  registerErrorHandlers(app, renderErrorHtml);
  app.addHook('onRequest', async (req, reply) => {
    reply.header('x-request-id', req.id);
    req.tenant = deps.tenants.resolveHost(req.headers.host) ?? null;
  });

  await app.register(observability);
  await app.register(sessionPlugin);
  await app.register(
    async (api) => {
      await api.register(authApi);
      await api.register(usersApi);
      await api.register(auditApi);
      await api.register(tenantsApi);
      await api.register(placesApi);
      await api.register(demoApi);
      await api.register(newsApi);
      await api.register(mediaApi);
      await api.register(documentsApi);
      await api.register(pagesApi);
      await api.register(feedbackApi);
      await api.register(statsApi);
      await api.register(searchApi);
      await api.register(registryApi);
    },
    { prefix: '/api/v1' },
  );
  await app.register(adminSpaPlugin);
  await app.register(sitePlugin);
  await app.register(newsSite, { articleExtras: renderArticleFeedback });
  await app.register(mediaSite);
  await app.register(documentsSite);
  await app.register(pagesSite);
  await app.register(feedbackSite);
  await app.register(statsSite);
  await app.register(searchSite);
  await app.register(directorySite);
  return app;
}
