import { HistoryOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  DatePicker,
  Flex,
  Form,
  Input,
  Row,
  Select,
  Skeleton,
  Switch,
  TreeSelect,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { lazy, type Ref, Suspense, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ApiError } from '../../../api/client';
import {
  type ArticleDto,
  articleKey,
  articlesKey,
  autosaveArticle,
  type CategoryDto,
  createArticle,
  getArticle,
  runWorkflow,
  saveArticle,
  type WorkflowAction,
} from '../../../api/news-api';
import { useAuth } from '../../../auth/auth-context';
import { PageHeading } from '../../../components/page-heading';
import { imageProblems } from '../../../components/rich-text-editor/image-audit';
import type { RichTextEditorHandle } from '../../../components/rich-text-editor/rich-text-editor';
import { applyServerErrors } from '../../../lib/form-errors';
import { canEditArticle } from '../article-columns';
import { displayStatus, StatusTag } from '../article-status';
import { categoryTreeOptions } from '../category-options';
import { isNewsEditor } from '../news-access';
import { dateTime, slugify, timeOfDay } from '../news-format';
import {
  type ArticleFormValues,
  canBeSaved,
  EMPTY_VALUES,
  fingerprint,
  toInput,
  valuesFromArticle,
} from './article-form-values';
import { type Conflict, ConflictAlert } from './conflict-alert';
import { CoverPicker, useCoverMedia } from './cover-picker';
import { type PublishCheck, PublishModal } from './publish-modal';
import { ReturnModal } from './return-modal';
import { RevisionsDrawer } from './revisions-drawer';
import { useUnsavedChangesGuard } from './use-unsaved-changes-guard';

// TipTap is the heaviest part of the page: its own chunk, loaded while the form is already usable.
const RichTextEditor = lazy(() => import('../../../components/rich-text-editor/rich-text-editor'));

const AUTOSAVE_EVERY_MS = 10_000;
const SEO_TITLE_HINT = 60;
const SEO_DESCRIPTION_HINT = 160;

type SaveMode = 'auto' | 'manual';

interface Props {
  initial: ArticleDto | null;
  categories: CategoryDto[];
  /** A new article got its id (first save): the page shows its address without reloading the editor. */
  onCreated: (article: ArticleDto) => void;
}

export function ArticleEditor({ initial, categories, onCreated }: Props) {
  const { user } = useAuth();
  const editorRole = isNewsEditor(user.role);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<ArticleFormValues>();

  const [article, setArticle] = useState<ArticleDto | null>(initial);
  const articleRef = useRef(article);
  articleRef.current = article;
  const initialValues = useMemo(() => (initial ? valuesFromArticle(initial) : EMPTY_VALUES), [initial]);
  const savedPrint = useRef(fingerprint(toInput(initialValues, initial ? 'given' : 'derive')));
  const [dirty, setDirty] = useState(false);
  const dirtyRef = useRef(false);
  const [saving, setSaving] = useState<SaveMode | null>(null);
  const [lastSavedAt, setLastSavedAt] = useState<Date | null>(null);
  const [autosaveError, setAutosaveError] = useState<string | null>(null);
  const failedPrint = useRef<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [conflict, setConflict] = useState<Conflict | null>(null);
  const conflictRef = useRef<Conflict | null>(null);
  conflictRef.current = conflict;
  const [bodyKey, setBodyKey] = useState(0);
  const [bodyInitial, setBodyInitial] = useState(initialValues.bodyHtml);
  // A new article's slug follows its title until the user edits it; an existing one keeps its slug.
  const slugTouched = useRef(Boolean(initial));
  const [slugFollowsTitle, setSlugFollowsTitle] = useState(!initial);
  const inputOf = useCallback(
    (values: ArticleFormValues) => toInput(values, slugTouched.current ? 'given' : 'derive'),
    [],
  );
  const bodyRef = useRef<RichTextEditorHandle>(null);
  const queue = useRef<Promise<unknown>>(Promise.resolve());
  const [busy, setBusy] = useState<WorkflowAction | 'save' | null>(null);
  const [publishCheck, setPublishCheck] = useState<PublishCheck | null>(null);
  const [returning, setReturning] = useState(false);
  const [historyOpen, setHistoryOpen] = useState(false);

  const status = article ? displayStatus(article) : 'draft';
  const canEdit = article
    ? canEditArticle(user.role, user.id, article)
    : editorRole || user.role === 'cong_tac_vien';
  const readOnly = !canEdit;
  const autosaves = !article || article.status === 'draft' || article.status === 'returned';
  useUnsavedChangesGuard(dirty && !readOnly);
  const categoryOptions = useMemo(() => categoryTreeOptions(categories), [categories]);
  const publishedAt = Form.useWatch('publishedAt', form);
  const slug = Form.useWatch('slug', form);
  const seoTitle = Form.useWatch('seoTitle', form) ?? '';
  const seoDescription = Form.useWatch('seoDescription', form) ?? '';
  const coverId = Form.useWatch('coverMediaId', form);
  const cover = useCoverMedia(coverId);

  const recomputeDirty = useCallback(() => {
    const now = fingerprint(inputOf(form.getFieldsValue(true) as ArticleFormValues));
    const next = now !== savedPrint.current;
    dirtyRef.current = next;
    setDirty(next);
    return now;
  }, [form, inputOf]);

  /** After the server answered: the new version, and the fields it decided (slug, publication time). */
  const adopt = useCallback(
    (saved: ArticleDto, sentPrint?: string) => {
      articleRef.current = saved;
      setArticle(saved);
      queryClient.setQueryData(articleKey(saved.id), saved);
      if (sentPrint !== undefined) {
        const sent = JSON.parse(sentPrint) as ReturnType<typeof toInput>;
        const values = form.getFieldsValue(true) as ArticleFormValues;
        // Fields the server decided are shown, unless the user is changing them right now.
        let slugAfter = sent.slug;
        if (sent.slug === '') {
          form.setFieldValue('slug', saved.slug);
        } else if (sent.slug === undefined && !(values.slug ?? '').trim()) {
          form.setFieldValue('slug', saved.slug);
          slugAfter = saved.slug;
        }
        let timeAfter = sent.publishedAt ?? null;
        if (normalizeTime(values.publishedAt?.toISOString() ?? null) === (sent.publishedAt ?? null)) {
          form.setFieldValue('publishedAt', saved.publishedAt ? dayjs(saved.publishedAt) : null);
          timeAfter = normalizeTime(saved.publishedAt);
        }
        savedPrint.current = fingerprint({ ...sent, slug: slugAfter, publishedAt: timeAfter });
      }
      recomputeDirty();
    },
    [form, queryClient, recomputeDirty],
  );

  /** Replaces everything on screen with the server's article (after a conflict or a restore). */
  const resetTo = useCallback(
    (fresh: ArticleDto) => {
      const values = valuesFromArticle(fresh);
      form.resetFields();
      form.setFieldsValue(values);
      slugTouched.current = true;
      setSlugFollowsTitle(false);
      savedPrint.current = fingerprint(inputOf(values));
      failedPrint.current = null;
      setBodyInitial(fresh.bodyHtml);
      setBodyKey((k) => k + 1);
      setConflict(null);
      setAutosaveError(null);
      setFormError(null);
      articleRef.current = fresh;
      setArticle(fresh);
      queryClient.setQueryData(articleKey(fresh.id), fresh);
      recomputeDirty();
    },
    [form, queryClient, recomputeDirty, inputOf],
  );

  async function showConflict(error: ApiError) {
    const current = articleRef.current;
    let latest: ArticleDto | null = null;
    if (current) {
      try {
        latest = await getArticle(current.id);
      } catch {
        // The message of the 409 already says who and when.
      }
    }
    if (latest && current && latest.version === current.version) {
      // Not a concurrent edit (the action does not fit the article's state): say so, nothing to merge.
      message.error(error.message);
      return;
    }
    setConflict({ message: error.message, latest });
  }

  /** Saves the form (creating the article the first time). Saves run one after another. */
  function persist(mode: SaveMode): Promise<ArticleDto | null> {
    const run = async (): Promise<ArticleDto | null> => {
      if (conflictRef.current) return null;
      const values = form.getFieldsValue(true) as ArticleFormValues;
      const input = inputOf(values);
      const print = fingerprint(input);
      const current = articleRef.current;
      if (current && print === savedPrint.current) return current;
      setSaving(mode);
      try {
        const saved = current
          ? await (mode === 'auto' ? autosaveArticle : saveArticle)(current.id, {
              ...input,
              version: current.version,
            })
          : await createArticle(input);
        failedPrint.current = null;
        setAutosaveError(null);
        setFormError(null);
        setLastSavedAt(new Date());
        adopt(saved, print);
        if (!current) onCreated(saved);
        queryClient.invalidateQueries({ queryKey: articlesKey() });
        return saved;
      } catch (error) {
        if (
          error instanceof ApiError &&
          error.status === 409 &&
          Object.keys(error.fieldErrors).length === 0
        ) {
          await showConflict(error);
          return null;
        }
        failedPrint.current = print;
        if (mode === 'auto') {
          setAutosaveError(error instanceof Error ? error.message : 'Lỗi không xác định.');
          if (error instanceof ApiError && Object.keys(error.fieldErrors).length > 0)
            applyServerErrors(form, error);
        } else {
          setFormError(applyServerErrors(form, error));
        }
        return null;
      } finally {
        setSaving(null);
      }
    };
    const next = queue.current.then(run, run);
    queue.current = next.catch(() => null);
    return next;
  }

  const persistRef = useRef(persist);
  persistRef.current = persist;
  // Autosave: every 10 s while there are changes the server does not have.
  useEffect(() => {
    if (readOnly || !autosaves) return;
    const timer = window.setInterval(() => {
      if (!dirtyRef.current || conflictRef.current) return;
      const values = form.getFieldsValue(true) as ArticleFormValues;
      if (!canBeSaved(values)) return;
      if (fingerprint(inputOf(values)) === failedPrint.current) return;
      void persistRef.current('auto');
    }, AUTOSAVE_EVERY_MS);
    return () => window.clearInterval(timer);
  }, [readOnly, autosaves, form, inputOf]);

  async function saveNow(): Promise<ArticleDto | null> {
    try {
      await form.validateFields();
    } catch {
      setFormError('Vui lòng sửa các ô được đánh dấu đỏ.');
      return null;
    }
    return persist('manual');
  }

  async function act(action: WorkflowAction, extra: { publishedAt?: string; comment?: string } = {}) {
    setBusy(action);
    try {
      let current = articleRef.current;
      if (!current || dirtyRef.current) current = await saveNow();
      if (!current) return false;
      const result = await runWorkflow(current.id, action, { version: current.version, ...extra });
      adopt(result, fingerprint(inputOf(form.getFieldsValue(true) as ArticleFormValues)));
      queryClient.invalidateQueries({ queryKey: articlesKey() });
      message.success(doneMessage(action, result));
      return true;
    } catch (error) {
      if (error instanceof ApiError && error.status === 409) await showConflict(error);
      else setFormError(applyServerErrors(form, error));
      return false;
    } finally {
      setBusy(null);
    }
  }

  async function startPublish() {
    try {
      await form.validateFields();
    } catch {
      setFormError('Vui lòng sửa các ô được đánh dấu đỏ trước khi đăng.');
      return;
    }
    const values = form.getFieldsValue(true) as ArticleFormValues;
    setPublishCheck({
      at: values.publishedAt ?? null,
      images: imageProblems(values.bodyHtml ?? ''),
      coverMissingAlt: Boolean(values.coverMediaId && cover.data && !cover.data.alt.trim()),
    });
  }

  async function confirmPublish() {
    const at = publishCheck?.at;
    const ok = await act('publish', at ? { publishedAt: at.second(0).millisecond(0).toISOString() } : {});
    if (ok) setPublishCheck(null);
  }

  function onValuesChange(changed: Partial<ArticleFormValues>, all: ArticleFormValues) {
    if ('slug' in changed && !slugTouched.current) {
      slugTouched.current = true;
      setSlugFollowsTitle(false);
    }
    if ('title' in changed && !slugTouched.current) form.setFieldValue('slug', slugify(all.title ?? ''));
    recomputeDirty();
  }

  const isLive = article?.status === 'published' && !article.scheduled;
  const scheduling = Boolean(publishedAt?.isAfter(Date.now()));
  const publicUrl = `${window.location.origin}/tin-tuc/${slug || '…'}`;

  return (
    <>
      <PageHeading
        title={article ? 'Sửa bài viết' : 'Viết bài mới'}
        extra={
          <Flex gap="small" wrap>
            {article && (
              <Button icon={<HistoryOutlined />} onClick={() => setHistoryOpen(true)}>
                Lịch sử phiên bản
              </Button>
            )}
            {isLive && article && (
              <Button href={article.url} target="_blank" rel="noopener">
                Xem trên trang
              </Button>
            )}
          </Flex>
        }
      />
      {conflict && (
        <ConflictAlert
          conflict={conflict}
          mine={() => {
            const values = form.getFieldsValue(true) as ArticleFormValues;
            return {
              title: values.title ?? '',
              summary: values.summary ?? '',
              bodyHtml: values.bodyHtml ?? '',
            };
          }}
          onReload={async () => {
            const current = articleRef.current;
            if (!current) return;
            try {
              resetTo(await getArticle(current.id));
              message.success('Đã tải bản mới nhất.');
            } catch (error) {
              message.error(error instanceof Error ? error.message : 'Không tải được bài viết.');
            }
          }}
        />
      )}
      {article?.status === 'returned' && article.reviewComment && (
        <Alert
          type="warning"
          showIcon
          style={{ marginBottom: 16 }}
          title="Bài bị trả lại — nhận xét của biên tập viên"
          description={<span style={{ whiteSpace: 'pre-wrap' }}>{article.reviewComment}</span>}
        />
      )}
      {readOnly && article && (
        <Alert
          type="info"
          showIcon
          style={{ marginBottom: 16 }}
          title={
            article.status === 'submitted'
              ? 'Bài đang chờ biên tập viên duyệt: bạn chưa sửa được cho đến khi bài bị trả lại.'
              : 'Bạn chỉ xem được bài này.'
          }
        />
      )}
      {formError && (
        <Alert
          type="error"
          showIcon
          closable={{ onClose: () => setFormError(null) }}
          title={formError}
          style={{ marginBottom: 16 }}
        />
      )}
      <Form<ArticleFormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={onValuesChange}
        disabled={readOnly}
        onFinish={() => void saveNow()}
        scrollToFirstError
      >
        <Row gutter={[24, 16]}>
          <Col xs={24} xl={16}>
            <Card>
              <Form.Item
                name="title"
                label="Tiêu đề"
                rules={[
                  { required: true, whitespace: true, message: 'Vui lòng nhập tiêu đề.' },
                  { min: 3, message: 'Tiêu đề cần ít nhất 3 ký tự.' },
                  { max: 300, message: 'Tiêu đề tối đa 300 ký tự.' },
                ]}
              >
                <Input.TextArea
                  autoSize={{ minRows: 1, maxRows: 4 }}
                  style={{ fontSize: 20, fontWeight: 600 }}
                  maxLength={300}
                />
              </Form.Item>
              <Form.Item
                name="slug"
                label="Đường dẫn"
                extra={
                  <>
                    {slugFollowsTitle && 'Tự tạo theo tiêu đề (thêm -2, -3… nếu trùng bài khác). '}
                    Địa chỉ công khai: <code>{publicUrl}</code>
                    {article?.status === 'published' &&
                      ' — đổi đường dẫn thì địa chỉ cũ tự chuyển sang địa chỉ mới.'}
                  </>
                }
                rules={[
                  { max: 100, message: 'Đường dẫn tối đa 100 ký tự.' },
                  {
                    pattern: /^[a-z0-9]+(?:-[a-z0-9]+)*$/,
                    message: 'Chỉ gồm chữ thường không dấu, số và dấu gạch ngang.',
                  },
                ]}
              >
                <Input addonBefore="/tin-tuc/" autoComplete="off" spellCheck={false} />
              </Form.Item>
              <Form.Item
                name="summary"
                label="Tóm tắt"
                extra="Hiện dưới tiêu đề và trong danh sách tin."
                rules={[{ max: 1000, message: 'Tóm tắt tối đa 1000 ký tự.' }]}
              >
                <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} showCount maxLength={1000} />
              </Form.Item>
              <Form.Item
                name="bodyHtml"
                label={<span id="article-body-label">Nội dung</span>}
                extra={
                  <span id="article-body-help">
                    Dán được từ Word: giữ tiêu đề, danh sách, bảng, chữ đậm/nghiêng, liên kết và ảnh; bỏ định
                    dạng của Word. Bấm đúp vào ảnh để sửa mô tả và chú thích.
                  </span>
                }
              >
                <BodyField
                  editorKey={bodyKey}
                  initialHtml={bodyInitial}
                  readOnly={readOnly}
                  handleRef={bodyRef}
                />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} xl={8}>
            <Flex vertical gap={16}>
              <Card title="Xuất bản" size="small">
                <Flex vertical gap="small">
                  <Flex align="center" gap="small" wrap>
                    <span>Trạng thái:</span>
                    <StatusTag status={status} />
                    {article && (
                      <Typography.Text type="secondary">Phiên bản {article.version}</Typography.Text>
                    )}
                  </Flex>
                  <SaveStatus
                    saving={saving}
                    dirty={dirty}
                    lastSavedAt={lastSavedAt}
                    autosaveError={autosaveError}
                    autosaves={autosaves && !readOnly}
                    article={article}
                    paused={Boolean(conflict)}
                  />
                  <Form.Item
                    name="publishedAt"
                    label="Thời điểm đăng"
                    extra={
                      scheduling
                        ? 'Thời điểm trong tương lai: bài sẽ tự động đăng vào lúc đó (hẹn giờ).'
                        : 'Để trống: đăng ngay khi bấm Đăng.'
                    }
                    style={{ marginBottom: 8 }}
                  >
                    <DatePicker
                      showTime={{ format: 'HH:mm' }}
                      format="DD/MM/YYYY HH:mm"
                      placeholder="dd/mm/yyyy HH:mm"
                      style={{ width: '100%' }}
                      disabled={readOnly || (!editorRole && article?.status === 'published')}
                    />
                  </Form.Item>
                  {!readOnly && (
                    <WorkflowButtons
                      article={article}
                      editor={editorRole}
                      busy={busy}
                      saving={saving === 'manual'}
                      scheduling={scheduling}
                      conflict={Boolean(conflict)}
                      onSave={async () => {
                        setBusy('save');
                        const saved = await saveNow();
                        setBusy(null);
                        if (saved) message.success('Đã lưu bài viết.');
                      }}
                      onSubmit={() => void act('submit')}
                      onPublish={() => void startPublish()}
                      onReturn={() => setReturning(true)}
                      onUnpublish={() => void act('unpublish')}
                      onArchive={() => void act('archive')}
                    />
                  )}
                </Flex>
              </Card>
              <Card title="Phân loại" size="small">
                <Form.Item
                  name="categoryId"
                  label="Chuyên mục"
                  rules={[{ required: true, message: 'Vui lòng chọn chuyên mục.' }]}
                >
                  <TreeSelect
                    treeData={categoryOptions}
                    treeDefaultExpandAll
                    showSearch={{ treeNodeFilterProp: 'title' }}
                    placeholder={categories.length === 0 ? 'Chưa có chuyên mục nào' : 'Chọn chuyên mục'}
                    notFoundContent="Chưa có chuyên mục. Biên tập viên tạo ở trang Chuyên mục."
                  />
                </Form.Item>
                <Form.Item
                  name="tags"
                  label="Thẻ"
                  extra="Gõ rồi bấm Enter hoặc dấu phẩy; tối đa 20 thẻ."
                  rules={[{ type: 'array', max: 20, message: 'Tối đa 20 thẻ.' }]}
                >
                  <Select mode="tags" tokenSeparators={[',']} open={false} suffixIcon={null} />
                </Form.Item>
                <Form.Item
                  name="featured"
                  label="Tin nổi bật"
                  valuePropName="checked"
                  style={{ marginBottom: 0 }}
                >
                  <Switch />
                </Form.Item>
              </Card>
              <Card title="Ảnh đại diện" size="small">
                <Form.Item name="coverMediaId" noStyle>
                  <CoverPicker disabled={readOnly} />
                </Form.Item>
              </Card>
              <Card title="Tác giả và nguồn" size="small">
                <Form.Item
                  name="authorLine"
                  label="Dòng tác giả"
                  rules={[{ max: 200, message: 'Tối đa 200 ký tự.' }]}
                >
                  <Input placeholder="Ví dụ: Nguyễn Văn A – Văn phòng Liên minh" />
                </Form.Item>
                <Form.Item
                  name="sourceName"
                  label="Tên nguồn"
                  rules={[{ max: 200, message: 'Tối đa 200 ký tự.' }]}
                >
                  <Input placeholder="Ví dụ: Báo Hưng Yên" />
                </Form.Item>
                <Form.Item
                  name="sourceUrl"
                  label="Địa chỉ nguồn"
                  rules={[
                    { max: 500, message: 'Tối đa 500 ký tự.' },
                    {
                      pattern: /^https?:\/\/\S+$/,
                      message: 'Địa chỉ nguồn phải bắt đầu bằng http:// hoặc https://',
                    },
                  ]}
                  style={{ marginBottom: 0 }}
                >
                  <Input inputMode="url" placeholder="https://…" />
                </Form.Item>
              </Card>
              <Card title="Tối ưu tìm kiếm (SEO)" size="small">
                <Form.Item
                  name="seoTitle"
                  label="Tiêu đề SEO"
                  extra={`${seoTitle.length}/${SEO_TITLE_HINT} ký tự nên dùng${
                    seoTitle.length > SEO_TITLE_HINT ? ' — Google có thể cắt bớt' : ''
                  }. Để trống: dùng tiêu đề bài.`}
                  rules={[{ max: 200, message: 'Tối đa 200 ký tự.' }]}
                >
                  <Input maxLength={200} />
                </Form.Item>
                <Form.Item
                  name="seoDescription"
                  label="Mô tả SEO"
                  extra={`${seoDescription.length}/${SEO_DESCRIPTION_HINT} ký tự nên dùng${
                    seoDescription.length > SEO_DESCRIPTION_HINT ? ' — Google có thể cắt bớt' : ''
                  }. Để trống: dùng tóm tắt.`}
                  rules={[{ max: 300, message: 'Tối đa 300 ký tự.' }]}
                  style={{ marginBottom: 0 }}
                >
                  <Input.TextArea autoSize={{ minRows: 2, maxRows: 5 }} maxLength={300} />
                </Form.Item>
              </Card>
            </Flex>
          </Col>
        </Row>
      </Form>
      <PublishModal
        check={publishCheck}
        loading={busy === 'publish'}
        onCancel={() => setPublishCheck(null)}
        onConfirm={() => void confirmPublish()}
        onFixImage={(index) => {
          setPublishCheck(null);
          bodyRef.current?.focusImage(index);
        }}
      />
      <ReturnModal
        open={returning}
        loading={busy === 'return'}
        onCancel={() => setReturning(false)}
        onSubmit={async (comment) => {
          if (await act('return', { comment })) setReturning(false);
        }}
      />
      {article && (
        <RevisionsDrawer
          open={historyOpen}
          onClose={() => setHistoryOpen(false)}
          articleId={article.id}
          version={article.version}
          canRestore={!readOnly}
          dirty={dirty}
          onRestored={(restored) => {
            resetTo(restored);
            setHistoryOpen(false);
            message.success('Đã khôi phục phiên bản cũ thành phiên bản mới.');
          }}
        />
      )}
    </>
  );
}

/** Publication times compare at minute precision, as the picker shows them. */
function normalizeTime(iso: string | null): string | null {
  return iso ? dayjs(iso).second(0).millisecond(0).toISOString() : null;
}

function doneMessage(action: WorkflowAction, result: ArticleDto): string {
  switch (action) {
    case 'submit':
      return 'Đã gửi bài cho biên tập viên duyệt.';
    case 'publish':
      return result.scheduled && result.publishedAt
        ? `Đã hẹn giờ: bài sẽ tự động đăng lúc ${dateTime(result.publishedAt)}.`
        : 'Đã đăng bài.';
    case 'return':
      return 'Đã trả lại bài cho người viết.';
    case 'unpublish':
      return 'Đã gỡ bài khỏi trang; bài trở về bản nháp.';
    case 'archive':
      return 'Đã chuyển bài vào lưu trữ.';
  }
}

/** The body as a form control: TipTap reads `initialHtml` once; `editorKey` reloads it. */
function BodyField({
  onChange,
  editorKey,
  initialHtml,
  readOnly,
  handleRef,
}: {
  value?: string;
  onChange?: (html: string) => void;
  editorKey: number;
  initialHtml: string;
  readOnly: boolean;
  handleRef: Ref<RichTextEditorHandle>;
}) {
  return (
    <Suspense fallback={<Skeleton active paragraph={{ rows: 8 }} aria-label="Đang tải trình soạn thảo" />}>
      <RichTextEditor
        key={editorKey}
        ref={handleRef}
        initialHtml={initialHtml}
        onChange={(html) => onChange?.(html)}
        labelledBy="article-body-label"
        describedBy="article-body-help"
        readOnly={readOnly}
      />
    </Suspense>
  );
}

function SaveStatus({
  saving,
  dirty,
  lastSavedAt,
  autosaveError,
  autosaves,
  article,
  paused,
}: {
  saving: SaveMode | null;
  dirty: boolean;
  lastSavedAt: Date | null;
  autosaveError: string | null;
  autosaves: boolean;
  article: ArticleDto | null;
  paused: boolean;
}) {
  let text: string;
  // Darker than antd's warning/error text colours, which fall short of 4.5:1 on white.
  let color = 'rgba(0, 0, 0, 0.65)';
  if (saving) text = 'Đang lưu…';
  else if (paused) {
    text = 'Tự động lưu tạm dừng (xung đột phiên bản).';
    color = '#a8071a';
  } else if (autosaveError && dirty) {
    text = `Chưa tự động lưu được: ${autosaveError}`;
    color = '#a8071a';
  } else if (dirty) {
    text = autosaves
      ? `Có thay đổi chưa lưu — tự động lưu sau ít giây${lastSavedAt ? ` (đã lưu lúc ${timeOfDay(lastSavedAt)})` : ''}.`
      : 'Có thay đổi chưa lưu — bấm Lưu để cập nhật.';
    color = '#7c4a03';
  } else if (lastSavedAt) text = `Đã lưu lúc ${timeOfDay(lastSavedAt)}.`;
  else if (article)
    text = `Lưu lần cuối lúc ${dateTime(article.updatedAt)}${article.updatedByName ? ` bởi ${article.updatedByName}` : ''}.`;
  else text = autosaves ? 'Bản nháp tự động lưu khi có tiêu đề và chuyên mục.' : '';
  return (
    <Typography.Text role="status" aria-live="polite" style={{ color }}>
      {text}
    </Typography.Text>
  );
}

function WorkflowButtons({
  article,
  editor,
  busy,
  saving,
  scheduling,
  conflict,
  onSave,
  onSubmit,
  onPublish,
  onReturn,
  onUnpublish,
  onArchive,
}: {
  article: ArticleDto | null;
  editor: boolean;
  busy: WorkflowAction | 'save' | null;
  saving: boolean;
  scheduling: boolean;
  conflict: boolean;
  onSave: () => void;
  onSubmit: () => void;
  onPublish: () => void;
  onReturn: () => void;
  onUnpublish: () => void;
  onArchive: () => void;
}) {
  const state = article?.status ?? 'draft';
  const draftLike = state === 'draft' || state === 'returned';
  const disabled = conflict || busy !== null;
  return (
    <Flex gap="small" wrap>
      <Button onClick={onSave} loading={busy === 'save' || saving} disabled={conflict}>
        {draftLike ? 'Lưu nháp' : 'Lưu'}
      </Button>
      {!editor && draftLike && (
        <Button type="primary" onClick={onSubmit} loading={busy === 'submit'} disabled={disabled}>
          Gửi duyệt
        </Button>
      )}
      {editor && (state !== 'published' || article?.scheduled || scheduling) && (
        <Button type="primary" onClick={onPublish} loading={busy === 'publish'} disabled={disabled}>
          {scheduling ? (state === 'published' ? 'Đổi giờ đăng' : 'Hẹn giờ đăng') : 'Đăng'}
        </Button>
      )}
      {editor && state === 'submitted' && (
        <Button onClick={onReturn} loading={busy === 'return'} disabled={disabled}>
          Trả lại
        </Button>
      )}
      {editor && state === 'published' && (
        <ConfirmButton
          label={article?.scheduled ? 'Hủy hẹn giờ' : 'Gỡ xuống'}
          title={article?.scheduled ? 'Hủy hẹn giờ đăng?' : 'Gỡ bài khỏi trang?'}
          description={
            article?.scheduled
              ? 'Bài trở về bản nháp và sẽ không tự động đăng.'
              : 'Bài trở về bản nháp và không còn hiển thị với bạn đọc.'
          }
          danger
          loading={busy === 'unpublish'}
          disabled={disabled}
          onConfirm={onUnpublish}
        />
      )}
      {editor && article && state !== 'archived' && (
        <ConfirmButton
          label="Lưu trữ"
          title="Chuyển bài vào lưu trữ?"
          description="Bài không hiển thị với bạn đọc; có thể đăng lại sau."
          loading={busy === 'archive'}
          disabled={disabled}
          onConfirm={onArchive}
        />
      )}
    </Flex>
  );
}

function ConfirmButton(props: {
  label: string;
  title: string;
  description: string;
  danger?: boolean;
  loading: boolean;
  disabled: boolean;
  onConfirm: () => void;
}) {
  const { modal } = App.useApp();
  return (
    <Button
      style={props.danger ? { color: '#a8071a', borderColor: '#a8071a' } : undefined}
      loading={props.loading}
      disabled={props.disabled}
      onClick={() =>
        modal.confirm({
          title: props.title,
          content: props.description,
          okText: props.label,
          cancelText: 'Không',
          okButtonProps: { danger: props.danger },
          onOk: props.onConfirm,
        })
      }
    >
      {props.label}
    </Button>
  );
}
