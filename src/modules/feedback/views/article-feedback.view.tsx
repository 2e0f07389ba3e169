import { formatDateTime } from '../../../lib/vi/index.ts';
import type { ApprovedFeedback } from '../feedback.dto.ts';
import { emptyFeedbackForm, FeedbackFormView } from './feedback-form.view.tsx';

/** Plain text with its line breaks: paragraphs on blank lines, <br> inside a paragraph. */
export function TextBlock({ text, class: className }: { text: string; class?: string }) {
  return (
    <div class={className}>
      {text.split(/\n{2,}/).map((paragraph) => (
        <p>
          {paragraph.split('\n').map((line, i) => (
            <>
              {i > 0 ? <br /> : ''}
              <span safe>{line}</span>
            </>
          ))}
        </p>
      ))}
    </div>
  );
}

function FeedbackItem({ item }: { item: ApprovedFeedback }) {
  return (
    <li class="feedback-item">
      <article>
        <p class="feedback-item__meta">
          <span class="feedback-item__name" safe>
            {item.name}
          </span>
          <time datetime={item.createdAt.toISOString()} safe>
            {formatDateTime(item.createdAt)}
          </time>
        </p>
        <TextBlock class="feedback-item__message" text={item.message} />
        {item.reply ? (
          <div class="feedback-reply">
            <p class="feedback-reply__label">Trả lời của ban biên tập</p>
            <TextBlock class="feedback-reply__text" text={item.reply} />
          </div>
        ) : null}
      </article>
    </li>
  );
}

export interface ArticleFeedbackProps {
  articleId: string;
  /** listApprovedFeedback(ctx, articleId) */
  items: readonly ApprovedFeedback[];
  /** The article's path, offered as the way back after sending. */
  returnTo?: string;
}

/**
 * Under an article: the approved feedback with the alliance's replies, then the form ("Phản hồi").
 * Cache the article page with the tag `feedback:<articleId>`: approving drops it.
 */
export function ArticleFeedback({ articleId, items, returnTo = '' }: ArticleFeedbackProps) {
  return (
    <section class="article-feedback" aria-labelledby="phan-hoi-bai-viet">
      <h2 class="section-title" id="phan-hoi-bai-viet">
        Phản hồi
      </h2>
      {items.length > 0 ? (
        <ol class="feedback-list">
          {items.map((item) => (
            <FeedbackItem item={item} />
          ))}
        </ol>
      ) : (
        <p class="muted">Chưa có phản hồi nào được đăng cho bài viết này.</p>
      )}
      <FeedbackFormView state={emptyFeedbackForm(articleId, returnTo)} headingLevel={3} />
    </section>
  );
}
