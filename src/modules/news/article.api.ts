import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses, IdParams } from '../../core/http/schemas.ts';
import { ArticleDto, ArticleInput, ArticlePage, ArticleQuery, ArticleUpdate } from './article.dto.ts';
import {
  autosaveArticle,
  createArticle,
  getArticle,
  listArticleDtos,
  updateArticle,
} from './article.service.ts';
import { NEWSROOM_READERS, WRITERS } from './news-roles.ts';

const readers = requireStaff({ roles: NEWSROOM_READERS });
const writers = requireStaff({ roles: WRITERS });
const tags = ['news'];

/** /news/articles: the newsroom's articles (create, read, save, autosave). */
const articleApi: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/news/articles',
    {
      schema: { tags, querystring: ArticleQuery, response: { 200: ArticlePage, ...ErrorResponses } },
      preHandler: readers,
    },
    async (req) => listArticleDtos(staffCtx(req), req.query, req.server.deps.clock()),
  );

  app.post(
    '/news/articles',
    {
      schema: { tags, body: ArticleInput, response: { 201: ArticleDto, ...ErrorResponses } },
      preHandler: writers,
    },
    async (req, reply) =>
      reply.status(201).send(await createArticle(staffCtx(req), req.body, req.server.deps.clock())),
  );

  app.get(
    '/news/articles/:id',
    {
      schema: { tags, params: IdParams, response: { 200: ArticleDto, ...ErrorResponses } },
      preHandler: readers,
    },
    async (req) => getArticle(staffCtx(req), req.params.id, req.server.deps.clock()),
  );

  app.put(
    '/news/articles/:id',
    {
      schema: {
        tags,
        params: IdParams,
        body: ArticleUpdate,
        response: { 200: ArticleDto, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req) => updateArticle(staffCtx(req), req.params.id, req.body, req.server.deps.clock()),
  );

  app.put(
    '/news/articles/:id/draft',
    {
      schema: {
        tags,
        summary: 'Autosave of a draft (a revision at most every 5 minutes)',
        params: IdParams,
        body: ArticleUpdate,
        response: { 200: ArticleDto, ...ErrorResponses },
      },
      preHandler: writers,
    },
    async (req) => autosaveArticle(staffCtx(req), req.params.id, req.body, req.server.deps.clock()),
  );
};

export default articleApi;
