import formbody from '@fastify/formbody';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { cachedPage } from '../../core/cache/page-cache.plugin.ts';
import { publicCtx } from '../../core/http/request-context.ts';
import { sendPage, toHtml } from '../../site/page-response.ts';
import { siteContext } from '../../site/site-context.ts';
import { requirePublicTenant } from '../../site/tenant-guard.ts';
import { ChallengeDto, FeedbackForm } from './feedback.dto.ts';
import { submitFeedback } from './feedback.service.ts';
import { type ChallengeVerdict, FeedbackChallenges } from './feedback-challenge.ts';
import { senderHash } from './feedback-sender.ts';
import {
  CHALLENGE_PATH,
  emptyFeedbackForm,
  FEEDBACK_PATH,
  type FeedbackFormState,
  type FeedbackValues,
} from './views/feedback-form.view.tsx';
import { FeedbackLimitedView, FeedbackPageView, FeedbackSentView } from './views/feedback-pages.view.tsx';

const SENT_PATH = '/phan-hoi/da-gui';
/** Per address: enough for a person correcting a form, too few for a flood. */
export const FEEDBACK_RATE_LIMIT = { max: 5, timeWindow: 10 * 60_000 };
const CHALLENGE_RATE_LIMIT = { max: 30, timeWindow: 60_000 };

const VERDICT_MESSAGES: Record<Exclude<ChallengeVerdict, 'ok'>, string> = {
  missing:
    'Chưa hoàn tất bước xác minh chống thư rác. Vui lòng bật JavaScript, chờ giây lát rồi bấm “Gửi phản hồi” lần nữa.',
  invalid: 'Bước xác minh chống thư rác không hợp lệ. Vui lòng bấm “Gửi phản hồi” lần nữa.',
  expired: 'Bước xác minh chống thư rác đã hết hạn. Vui lòng bấm “Gửi phản hồi” lần nữa.',
  replayed: 'Phản hồi này đã được gửi trước đó. Nếu muốn gửi thêm, vui lòng bấm “Gửi phản hồi” lần nữa.',
};

/** A path on this site to go back to after sending; anything else is dropped. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string' || value.length > 300) return '';
  return /^\/(?![/\\])[A-Za-z0-9\-._~/%]*$/.test(value) ? value : '';
}

/** Form fields as single strings (a repeated field keeps its first value). */
function formFields(body: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!body || typeof body !== 'object') return out;
  for (const [k, v] of Object.entries(body as Record<string, unknown>)) {
    const first = Array.isArray(v) ? v[0] : v;
    if (typeof first === 'string') out[k] = first;
  }
  return out;
}

function sentUrl(returnTo: string): string {
  return returnTo ? `${SENT_PATH}?quay-lai=${encodeURIComponent(returnTo)}` : SENT_PATH;
}

function renderForm(req: FastifyRequest, reply: FastifyReply, state: FeedbackFormState, status: number) {
  return sendPage(req, reply, toHtml(<FeedbackPageView site={siteContext(req)} state={state} />), status);
}

/** Public side of feedback: the standalone page, the challenge, the form post and the thank-you page. */
export default async function feedbackSite(parent: FastifyInstance): Promise<void> {
  const app = parent.withTypeProvider<ZodTypeProvider>();
  const challenges = new FeedbackChallenges({ now: () => app.deps.clock().getTime() });
  // Form posts are the only urlencoded bodies the app accepts, and only here.
  await app.register(formbody, { bodyLimit: 64 * 1024 });
  app.addHook('onRequest', requirePublicTenant);

  // A flood from one address gets a page in Vietnamese, not JSON; everything else goes up as usual.
  app.setErrorHandler((err: FastifyError, req, reply) => {
    if (err.statusCode === 429 && req.method === 'POST' && req.tenant) {
      const retryAfter = Number(reply.getHeader('retry-after')) || FEEDBACK_RATE_LIMIT.timeWindow / 1000;
      req.log.info({ code: 'TOO_MANY_REQUESTS' }, 'feedback flood refused');
      const html = toHtml(<FeedbackLimitedView site={siteContext(req)} retryAfterSeconds={retryAfter} />);
      return sendPage(req, reply, html, 429);
    }
    throw err;
  });

  app.get(FEEDBACK_PATH, { schema: { hide: true } }, async (req, reply) =>
    cachedPage(req, reply, ['feedback-page', 'settings'], () =>
      toHtml(<FeedbackPageView site={siteContext(req)} state={emptyFeedbackForm()} />),
    ),
  );

  app.get(
    CHALLENGE_PATH,
    {
      schema: { hide: true, response: { 200: ChallengeDto } },
      config: { rateLimit: CHALLENGE_RATE_LIMIT },
    },
    async (_req, reply) => {
      reply.header('cache-control', 'no-store');
      return (await challenges.create()) as ChallengeDto;
    },
  );

  app.post(
    FEEDBACK_PATH,
    { schema: { hide: true }, config: { rateLimit: FEEDBACK_RATE_LIMIT } },
    async (req, reply) => {
      const body = formFields(req.body);
      const returnTo = safeReturnPath(body.returnTo);
      // Only robots fill the hidden field: they get the usual answer and nothing is stored.
      if (body.website) {
        req.log.info('feedback trap filled; discarded');
        return reply.redirect(sentUrl(returnTo), 303);
      }
      const values: FeedbackValues = {
        name: body.name ?? '',
        email: body.email ?? '',
        phone: body.phone ?? '',
        message: body.message ?? '',
        articleId: body.articleId ?? '',
        returnTo,
      };
      const parsed = FeedbackForm.safeParse(values);
      if (!parsed.success) {
        const errors: FeedbackFormState['errors'] = {};
        for (const issue of parsed.error.issues) {
          const field = String(issue.path[0] ?? 'form');
          const key = field === 'articleId' ? 'form' : (field as keyof FeedbackFormState['errors']);
          errors[key] ??= issue.message;
        }
        return renderForm(req, reply, { values, errors }, 400);
      }
      const verdict = await challenges.verify(body.altcha);
      if (verdict !== 'ok') {
        req.log.info({ verdict }, 'feedback challenge refused');
        return renderForm(req, reply, { values, errors: { form: VERDICT_MESSAGES[verdict] } }, 400);
      }
      const tenantId = req.tenant?.id ?? '';
      await submitFeedback(publicCtx(req), { ...parsed.data, ipHash: senderHash(tenantId, req.ip) });
      return reply.redirect(sentUrl(returnTo), 303);
    },
  );

  app.get(SENT_PATH, { schema: { hide: true } }, async (req, reply) => {
    const returnTo = safeReturnPath((req.query as Record<string, unknown>)['quay-lai']);
    return sendPage(req, reply, toHtml(<FeedbackSentView site={siteContext(req)} returnTo={returnTo} />));
  });
}
