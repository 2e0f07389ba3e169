import { assetUrl } from '../../../site/assets.ts';
import { FEEDBACK_LIMITS } from '../feedback.dto.ts';

export const FEEDBACK_PATH = '/phan-hoi';
export const CHALLENGE_PATH = '/phan-hoi/thu-thach';

export type FeedbackField = 'name' | 'email' | 'phone' | 'message';

/** What the reader typed (kept as typed when the form comes back with errors). */
export interface FeedbackValues {
  name: string;
  email: string;
  phone: string;
  message: string;
  articleId: string;
  returnTo: string;
}

export interface FeedbackFormState {
  values: FeedbackValues;
  /** Field → Vietnamese message; "form" for what concerns the whole form (the anti-spam check). */
  errors: Partial<Record<FeedbackField | 'form', string>>;
}

export function emptyFeedbackForm(articleId = '', returnTo = ''): FeedbackFormState {
  return { values: { name: '', email: '', phone: '', message: '', articleId, returnTo }, errors: {} };
}

const ID = 'phan-hoi';
const LABELS: Record<FeedbackField, string> = {
  name: 'Họ và tên',
  email: 'Email',
  phone: 'Số điện thoại',
  message: 'Nội dung phản hồi',
};

function describedBy(...ids: (string | false)[]): string | undefined {
  const list = ids.filter(Boolean).join(' ');
  return list || undefined;
}

function ErrorText({ field, error }: { field: string; error: string | undefined }) {
  if (!error) return '';
  return (
    <p class="form-error" id={`${ID}-${field}-loi`} safe>
      {error}
    </p>
  );
}

function TextField(props: {
  field: 'name' | 'email' | 'phone';
  state: FeedbackFormState;
  type: 'text' | 'email' | 'tel';
  autocomplete: string;
  required: boolean;
  maxlength: number;
  hint?: string;
}) {
  const { field, state } = props;
  const error = state.errors[field];
  const id = `${ID}-${field}`;
  return (
    <div class={error ? 'form-field form-field--invalid' : 'form-field'}>
      <label class="form-label" for={id}>
        <span safe>{LABELS[field]}</span>
        {props.required ? (
          <span class="form-required" aria-hidden="true">
            {' *'}
          </span>
        ) : null}
      </label>
      {props.hint ? (
        <p class="form-hint" id={`${id}-goi-y`} safe>
          {props.hint}
        </p>
      ) : null}
      <input
        class="form-input"
        id={id}
        name={field}
        type={props.type}
        autocomplete={props.autocomplete}
        maxlength={String(props.maxlength)}
        value={state.values[field]}
        required={props.required}
        aria-invalid={error ? 'true' : undefined}
        aria-describedby={describedBy(Boolean(props.hint) && `${id}-goi-y`, Boolean(error) && `${id}-loi`)}
      />
      <ErrorText field={field} error={error} />
    </div>
  );
}

/**
 * "Phản hồi — Thông tin người gửi phản hồi". Posts to /phan-hoi; feedback.js solves the anti-spam
 * challenge when the reader first enters the form and fills the hidden `altcha` field.
 */
export function FeedbackFormView({
  state,
  headingLevel = 2,
}: {
  state: FeedbackFormState;
  headingLevel?: 2 | 3;
}) {
  const { values, errors } = state;
  const messageError = errors.message;
  const fieldErrors = (['name', 'email', 'phone', 'message'] as const).filter((f) => errors[f]);
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <form
      class="feedback-form"
      action={FEEDBACK_PATH}
      method="post"
      data-feedback-form
      data-challenge-url={CHALLENGE_PATH}
      aria-labelledby={`${ID}-tieu-de`}
    >
      <Heading class="feedback-form__title" id={`${ID}-tieu-de`}>
        Thông tin người gửi phản hồi
      </Heading>
      <p class="form-hint">
        Các mục có dấu * là bắt buộc. Phản hồi sẽ được đăng sau khi ban biên tập duyệt; email và số điện thoại
        không được công khai.
      </p>
      {errors.form || fieldErrors.length > 0 ? (
        <div class="form-summary" role="alert" tabindex="-1" id={`${ID}-tom-tat-loi`}>
          <p class="form-summary__title">Phản hồi chưa được gửi:</p>
          <ul class="form-summary__list">
            {errors.form ? <li safe>{errors.form}</li> : null}
            {fieldErrors.map((f) => (
              <li>
                <a href={`#${ID}-${f}`} safe>
                  {`${LABELS[f]}: ${errors[f] ?? ''}`}
                </a>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      <TextField
        field="name"
        state={state}
        type="text"
        autocomplete="name"
        required
        maxlength={FEEDBACK_LIMITS.name}
      />
      <TextField
        field="email"
        state={state}
        type="email"
        autocomplete="email"
        required
        maxlength={FEEDBACK_LIMITS.email}
      />
      <TextField
        field="phone"
        state={state}
        type="tel"
        autocomplete="tel"
        required={false}
        maxlength={30}
        hint="Không bắt buộc. Ví dụ: 0912 345 678"
      />
      <div class={messageError ? 'form-field form-field--invalid' : 'form-field'}>
        <label class="form-label" for={`${ID}-message`}>
          <span safe>{LABELS.message}</span>
          <span class="form-required" aria-hidden="true">
            {' *'}
          </span>
        </label>
        <p class="form-hint" id={`${ID}-message-goi-y`}>
          Từ 10 đến 5.000 ký tự.
        </p>
        <textarea
          class="form-input form-input--area"
          id={`${ID}-message`}
          name="message"
          rows="6"
          minlength={String(FEEDBACK_LIMITS.messageMin)}
          maxlength={String(FEEDBACK_LIMITS.messageMax)}
          required
          aria-invalid={messageError ? 'true' : undefined}
          aria-describedby={describedBy(`${ID}-message-goi-y`, Boolean(messageError) && `${ID}-message-loi`)}
          safe
        >
          {values.message}
        </textarea>
        <ErrorText field="message" error={messageError} />
      </div>
      {/* A trap for robots: hidden from people and assistive technology; anything typed here is discarded. */}
      <div class="form-trap" aria-hidden="true">
        <label for={`${ID}-website`}>Trang web (để trống)</label>
        <input id={`${ID}-website`} name="website" type="text" tabindex="-1" autocomplete="off" value="" />
      </div>
      <input type="hidden" name="articleId" value={values.articleId} />
      <input type="hidden" name="returnTo" value={values.returnTo} />
      <input type="hidden" name="altcha" value="" />
      <p class="form-status" data-altcha-status role="status"></p>
      <noscript>
        <p class="form-note form-note--warning">
          Trình duyệt của bạn đang tắt JavaScript. Để chống thư rác, biểu mẫu cần JavaScript cho một bước xác
          minh tự động (không cần nhập mã). Vui lòng bật JavaScript để gửi phản hồi, hoặc liên hệ với chúng
          tôi qua email, số điện thoại ở cuối trang.
        </p>
      </noscript>
      <p class="form-actions">
        <button class="button" type="submit">
          Gửi phản hồi
        </button>
      </p>
      <script src={assetUrl('feedback.js')} defer></script>
    </form>
  );
}
