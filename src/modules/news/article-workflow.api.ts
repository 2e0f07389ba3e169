import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses, IdParams } from '../../core/http/schemas.ts';
import { ArticleDto, PublishInput, RestoreInput, ReturnInput, WorkflowInput } from './article.dto.ts';
import { RevisionDetail, RevisionDiffQuery, RevisionList, RevisionParams } from './article-revision.dto.ts';
import {
  getArticleRevision,
  listArticleRevisions,
  restoreArticleRevision,
} from './article-revision.service.ts';
import {
  archiveArticle,
  publishArticle,
  returnArticle,
  submitArticle,
  unpublishArticle,
} from './article-workflow.service.ts';
import { EDITORS, NEWSROOM_READERS, WRITERS } from './news-roles.ts';

const readers = requireStaff({ roles: NEWSROOM_READERS });
const writers = requireStaff({ roles: WRITERS });
const editors = requireStaff({ roles: EDITORS });
const tags = ['news'];
const answers = { 200: ArticleDto, ...ErrorResponses };

/** Workflow actions (submit, publish, return, unpublish, archive) and revision history. */
const articleWorkflowApi: FastifyPluginAsyncZod = async (app) => {
  app.post(
    '/news/articles/:id/submit',
    { schema: { tags, params: IdParams, body: WorkflowInput, response: answers }, preHandler: writers },
    async (req) => submitArticle(staffCtx(req), req.params.id, req.body, req.server.deps.clock()),
  );

  app.post(
    '/news/articles/:id/publish',
    { schema: { tags, params: IdParams, body: PublishInput, response: answers }, preHandler: editors },
    async (req) => publishArticle(staffCtx(req), req.params.id, req.body, req.server.deps.clock()),
  );

  app.post(
    '/news/articles/:id/return',
    { schema: { tags, params: IdParams, body: ReturnInput, response: answers }, preHandler: editors },
    async (req) => returnArticle(staffCtx(req), req.params.id, req.body, req.server.deps.clock()),
  );

  app.post(
    '/news/articles/:id/unpublish',
    { schema: { tags, params: IdParams, body: WorkflowInput, response: answers }, preHandler: editors },
    async (req) => unpublishArticle(staffCtx(req), req.params.id, req.body, req.server.deps.clock()),
  );

  app.post(
    '/news/articles/:id/archive',
    { schema: { tags, params: IdParams, body: WorkflowInput, response: answers }, preHandler: editors },
    async (req) => archiveArticle(staffCtx(req), req.params.id, req.body, req.server.deps.clock()),
  );

  app.get(
    '/news/articles/:id/revisions',
    {
      schema: { tags, params: IdParams, response: { 200: RevisionList, ...ErrorResponses } },
      preHandler: readers,
    },
    async (req) => listArticleRevisions(staffCtx(req), req.params.id),
  );

  app.get(
    '/news/articles/:id/revisions/:revisionId',
    {
      schema: {
        tags,
        params: RevisionParams,
        querystring: RevisionDiffQuery,
        response: { 200: RevisionDetail, ...ErrorResponses },
      },
      preHandler: readers,
    },
    async (req) => getArticleRevision(staffCtx(req), req.params.id, req.params.revisionId, req.query),
  );

  app.post(
    '/news/articles/:id/revisions/:revisionId/restore',
    { schema: { tags, params: RevisionParams, body: RestoreInput, response: answers }, preHandler: writers },
    async (req) =>
      restoreArticleRevision(
        staffCtx(req),
        req.params.id,
        req.params.revisionId,
        req.body,
        req.server.deps.clock(),
      ),
  );
};

export default articleWorkflowApi;
