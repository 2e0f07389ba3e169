import { z } from 'zod';

export const FEEDBACK_STATUSES = ['pending', 'approved', 'rejected', 'spam'] as const;
export const FeedbackStatus = z.enum(FEEDBACK_STATUSES, { error: 'Trạng thái không hợp lệ' });
export type FeedbackStatus = z.infer<typeof FeedbackStatus>;

export const FEEDBACK_LIMITS = {
  name: 120,
  email: 200,
  phone: 20,
  messageMin: 10,
  messageMax: 5000,
} as const;

/**
 * Plain text as stored: NFC, LF line ends, no control characters, at most one blank line in a row.
 * Markup stays literal text; every view escapes it.
 */
export function plainText(s: string): string {
  return (
    s
      .normalize('NFC')
      .replace(/\r\n?/g, '\n')
      // biome-ignore lint/suspicious/noControlCharactersInRegex: removing control characters is the point.
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
      .replace(/[ \t]+\n/g, '\n')
      .replace(/\n{3,}/g, '\n\n')
      .trim()
  );
}

/** "0912 345 678", "+84 912.345.678", "(0212) 3852 123" → "0912345678" / "02123852123". */
export function normalizePhone(s: string): string {
  const digits = s.replace(/[\s.\-()]/g, '');
  return digits.startsWith('+84') ? `0${digits.slice(3)}` : digits;
}

// Mobile 0[35789] + 8 digits, landline 02 + 9 digits (since 2017), hotlines 1800/1900.
const VIETNAMESE_PHONE = /^(?:0[35789]\d{8}|02\d{9}|1[89]00\d{4,6})$/;

const oneLine = (max: number, required: string, tooLong: string) =>
  z
    .string()
    .transform((s) => plainText(s).replace(/\s+/g, ' '))
    .pipe(z.string().min(1, required).max(max, tooLong));

/** The reader's form, as posted (form-urlencoded: every value a string). */
export const FeedbackForm = z.object({
  name: oneLine(FEEDBACK_LIMITS.name, 'Vui lòng nhập họ và tên', 'Họ và tên tối đa 120 ký tự'),
  email: oneLine(FEEDBACK_LIMITS.email, 'Vui lòng nhập email', 'Email tối đa 200 ký tự')
    .pipe(z.email('Email không hợp lệ, ví dụ: ten@example.vn'))
    .transform((s) => s.toLowerCase()),
  phone: z
    .string()
    .default('')
    .transform((s) => s.trim())
    .refine((s) => s === '' || (s.length <= 30 && VIETNAMESE_PHONE.test(normalizePhone(s))), {
      message: 'Số điện thoại không hợp lệ, ví dụ: 0912 345 678',
    })
    .transform((s) => (s === '' ? '' : normalizePhone(s))),
  message: z
    .string()
    .transform(plainText)
    .pipe(
      z
        .string()
        .min(1, 'Vui lòng nhập nội dung phản hồi')
        .min(FEEDBACK_LIMITS.messageMin, 'Nội dung cần ít nhất 10 ký tự')
        .max(FEEDBACK_LIMITS.messageMax, 'Nội dung tối đa 5.000 ký tự'),
    ),
  articleId: z
    .string()
    .default('')
    .transform((s) => s.trim())
    .pipe(z.union([z.literal(''), z.uuid('Bài viết không hợp lệ')]))
    .transform((s) => s || null),
});
export type FeedbackForm = z.infer<typeof FeedbackForm>;

export const FeedbackDto = z.object({
  id: z.uuid(),
  articleId: z.uuid().nullable(),
  name: z.string(),
  email: z.string(),
  phone: z.string(),
  message: z.string(),
  status: FeedbackStatus,
  reply: z.string(),
  repliedAt: z.string().nullable(),
  /** The first characters of the sender's address hash: the same sender shows the same key. */
  senderKey: z.string(),
  createdAt: z.string(),
  moderatedAt: z.string().nullable(),
});
export type FeedbackDto = z.infer<typeof FeedbackDto>;

export const FeedbackQuery = z.object({
  status: FeedbackStatus.default('pending'),
  articleId: z.uuid('Mã bài viết không hợp lệ').optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type FeedbackQuery = z.infer<typeof FeedbackQuery>;

export const FeedbackPage = z.object({ items: z.array(FeedbackDto), total: z.number().int() });
export type FeedbackPage = z.infer<typeof FeedbackPage>;

export const MODERATION_ACTIONS = ['approve', 'reject', 'spam'] as const;
export const ModerationAction = z.enum(MODERATION_ACTIONS, { error: 'Thao tác không hợp lệ' });
export type ModerationAction = z.infer<typeof ModerationAction>;

export const ModerationInput = z.object({ action: ModerationAction });
export type ModerationInput = z.infer<typeof ModerationInput>;

export const ReplyInput = z.object({
  reply: z
    .string()
    .transform(plainText)
    .pipe(z.string().max(FEEDBACK_LIMITS.messageMax, 'Nội dung trả lời tối đa 5.000 ký tự')),
});
export type ReplyInput = z.infer<typeof ReplyInput>;

export const BlockInput = z.object({
  reason: z.string().transform(plainText).pipe(z.string().max(500, 'Lý do tối đa 500 ký tự')).default(''),
});
export type BlockInput = z.infer<typeof BlockInput>;

export const BULK_ACTIONS = [...MODERATION_ACTIONS, 'block'] as const;
export const BulkInput = z.object({
  ids: z
    .array(z.uuid('Mã không hợp lệ'))
    .min(1, 'Chọn ít nhất một phản hồi')
    .max(200, 'Tối đa 200 phản hồi mỗi lần'),
  action: z.enum(BULK_ACTIONS, { error: 'Thao tác không hợp lệ' }),
});
export type BulkInput = z.infer<typeof BulkInput>;

export const BulkResult = z.object({ updated: z.number().int() });
export type BulkResult = z.infer<typeof BulkResult>;

export const BlockedSenderDto = z.object({
  id: z.uuid(),
  email: z.string().nullable(),
  senderKey: z.string().nullable(),
  reason: z.string(),
  createdAt: z.string(),
});
export type BlockedSenderDto = z.infer<typeof BlockedSenderDto>;

export const BlockedSenders = z.object({ items: z.array(BlockedSenderDto) });
export type BlockedSenders = z.infer<typeof BlockedSenders>;

/** What readers see of an approved message: never the e-mail or phone. */
export interface ApprovedFeedback {
  id: string;
  name: string;
  message: string;
  createdAt: Date;
  reply: string;
  repliedAt: Date | null;
}

/** GET /phan-hoi/thu-thach: an ALTCHA v2 challenge (SHA-256), solved by feedback.js. */
export const ChallengeDto = z.object({
  parameters: z.object({
    algorithm: z.string(),
    nonce: z.string(),
    salt: z.string(),
    cost: z.number().int(),
    keyLength: z.number().int(),
    keyPrefix: z.string(),
    keySignature: z.string().optional(),
    data: z.object({ exp: z.number().int() }),
  }),
  signature: z.string(),
});
export type ChallengeDto = z.infer<typeof ChallengeDto>;
