import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireStaff } from '../../core/auth/guards.ts';
import { staffCtx } from '../../core/http/request-context.ts';
import { ErrorResponses, IdParams } from '../../core/http/schemas.ts';
import {
  BlockedSenders,
  BlockInput,
  BulkInput,
  BulkResult,
  FeedbackDto,
  FeedbackPage,
  FeedbackQuery,
  ModerationInput,
  ReplyInput,
} from './feedback.dto.ts';
import {
  blockSender,
  bulkModerate,
  getFeedback,
  listBlockedSenders,
  listFeedback,
  moderateFeedback,
  replyToFeedback,
  unblockSender,
} from './feedback.service.ts';

const moderators = requireStaff({ roles: ['quan_tri', 'bien_tap'] });
const tags = ['feedback'];

/** Moderation of readers' feedback, mounted under /api/v1. */
const feedbackApi: FastifyPluginAsyncZod = async (app) => {
  const now = () => app.deps.clock();

  app.get(
    '/feedback',
    {
      schema: { tags, querystring: FeedbackQuery, response: { 200: FeedbackPage, ...ErrorResponses } },
      preHandler: moderators,
    },
    async (req) => listFeedback(staffCtx(req), req.query),
  );

  app.get(
    '/feedback/blocked-senders',
    { schema: { tags, response: { 200: BlockedSenders, ...ErrorResponses } }, preHandler: moderators },
    async (req) => ({ items: await listBlockedSenders(staffCtx(req)) }),
  );

  app.delete(
    '/feedback/blocked-senders/:id',
    {
      schema: { tags, params: IdParams, response: { 204: z.null(), ...ErrorResponses } },
      preHandler: moderators,
    },
    async (req, reply) => {
      await unblockSender(staffCtx(req), req.params.id);
      return reply.status(204).send(null);
    },
  );

  app.get(
    '/feedback/:id',
    {
      schema: { tags, params: IdParams, response: { 200: FeedbackDto, ...ErrorResponses } },
      preHandler: moderators,
    },
    async (req) => getFeedback(staffCtx(req), req.params.id),
  );

  app.post(
    '/feedback/:id/moderate',
    {
      schema: {
        tags,
        summary: 'Duyệt, từ chối hoặc đánh dấu thư rác',
        params: IdParams,
        body: ModerationInput,
        response: { 200: FeedbackDto, ...ErrorResponses },
      },
      preHandler: moderators,
    },
    async (req) => moderateFeedback(staffCtx(req), req.params.id, req.body.action, now()),
  );

  app.put(
    '/feedback/:id/reply',
    {
      schema: {
        tags,
        summary: 'Trả lời phản hồi (văn bản thuần; để trống để xóa)',
        params: IdParams,
        body: ReplyInput,
        response: { 200: FeedbackDto, ...ErrorResponses },
      },
      preHandler: moderators,
    },
    async (req) => replyToFeedback(staffCtx(req), req.params.id, req.body.reply, now()),
  );

  app.post(
    '/feedback/:id/block',
    {
      schema: {
        tags,
        summary: 'Chặn người gửi (email và địa chỉ mạng); phản hồi chuyển vào thư rác',
        params: IdParams,
        body: BlockInput,
        response: { 200: FeedbackDto, ...ErrorResponses },
      },
      preHandler: moderators,
    },
    async (req) => blockSender(staffCtx(req), req.params.id, req.body.reason, now()),
  );

  app.post(
    '/feedback/bulk',
    {
      schema: {
        tags,
        summary: 'Một thao tác cho nhiều phản hồi (một giao dịch)',
        body: BulkInput,
        response: { 200: BulkResult, ...ErrorResponses },
      },
      preHandler: moderators,
    },
    async (req) => bulkModerate(staffCtx(req), req.body, now()),
  );
};

export default feedbackApi;
