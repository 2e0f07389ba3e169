import type { preHandlerAsyncHookHandler } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import { requireStaff } from '../../core/auth/guards.ts';
import type { Ctx } from '../../core/context.ts';
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
  /** One workflow action: POST /news/articles/:id/<name>, answered with the article. */
  const action = <B extends z.ZodType>(
    name: string,
    body: B,
    guard: preHandlerAsyncHookHandler,
    run: (ctx: Ctx, id: string, input: z.infer<B>, now: Date) => Promise<ArticleDto>,
  ) =>
    app.post(
      `/news/articles/:id/${name}`,
      { schema: { tags, params: IdParams, body, response: answers }, preHandler: guard },
      async (req) => run(staffCtx(req), req.params.id, req.body as z.infer<B>, req.server.deps.clock()),
    );
  action('submit', WorkflowInput, writers, submitArticle);
  action('publish', PublishInput, editors, publishArticle);
  action('return', ReturnInput, editors, returnArticle);
  action('unpublish', WorkflowInput, editors, unpublishArticle);
  action('archive', WorkflowInput, editors, archiveArticle);

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
