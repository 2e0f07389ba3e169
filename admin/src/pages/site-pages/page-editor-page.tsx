import { ArrowLeftOutlined, ExportOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Col, Flex, Form, Input, InputNumber, Row, Spin, Switch } from 'antd';
import { useEffect, useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import {
  createSitePage,
  getSitePage,
  PAGE_SLUG,
  type PageDto,
  type PageInput,
  sitePagesKey,
  updateSitePage,
} from '../../api/pages-api';
import { LinkButton } from '../../components/link-button';
import { PageHeading } from '../../components/page-heading';
import { applyServerErrors } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { BodyField } from './body-field';

interface Values {
  title: string;
  slug: string;
  bodyHtml: string;
  position: number;
  published: boolean;
}

export function PageEditorPage() {
  const { id } = useParams();
  const page = useQuery({
    queryKey: sitePagesKey('detail', id),
    queryFn: ({ signal }) => getSitePage(id ?? '', signal),
    enabled: Boolean(id),
    staleTime: 0,
  });
  if (!id) return <PageEditor key="new" page={null} />;
  if (page.isError) {
    return (
      <>
        <PageHeading title="Sửa trang" />
        <Alert type="error" showIcon title={page.error.message} />
      </>
    );
  }
  if (!page.data) return <Spin description="Đang tải trang…" style={{ display: 'block', padding: 48 }} />;
  // A new key after saving another page reloads the editor with that page's body.
  return <PageEditor key={page.data.id} page={page.data} />;
}

function PageEditor({ page }: { page: PageDto | null }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const [dirty, setDirty] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  useLeaveWarning(dirty);

  const save = useMutation({
    mutationFn: (input: PageInput) => (page ? updateSitePage(page.id, input) : createSitePage(input)),
    onSuccess: (saved) => {
      setDirty(false);
      queryClient.invalidateQueries({ queryKey: sitePagesKey() });
      queryClient.setQueryData(sitePagesKey('detail', saved.id), saved);
      message.success(page ? 'Đã lưu trang.' : 'Đã tạo trang.');
      if (!page) navigate(`/trang/${saved.id}`, { replace: true });
      else form.setFieldsValue({ slug: saved.slug });
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <>
      <PageHeading
        title={page ? `Sửa trang: ${page.title}` : 'Thêm trang'}
        extra={
          <Flex gap="small" wrap>
            <LinkButton icon={<ArrowLeftOutlined />} to="/trang">
              Danh sách trang
            </LinkButton>
            {page?.published && (
              <Button icon={<ExportOutlined />} href={page.url} target="_blank" rel="noopener">
                Xem trên cổng
              </Button>
            )}
          </Flex>
        }
      />
      <Form
        form={form}
        layout="vertical"
        initialValues={{
          title: page?.title ?? '',
          slug: page?.slug ?? '',
          bodyHtml: page?.bodyHtml ?? '',
          position: page?.position ?? 0,
          published: page?.published ?? true,
        }}
        onValuesChange={() => setDirty(true)}
        onFinish={(values) => {
          setError(null);
          save.mutate({
            title: values.title.trim(),
            slug: values.slug.trim(),
            bodyHtml: values.bodyHtml,
            position: values.position ?? 0,
            published: values.published,
          });
        }}
        scrollToFirstError
      >
        {error && <Alert type="error" showIcon title={error} style={{ marginBottom: 16 }} />}
        <Row gutter={16}>
          <Col xs={24} lg={17}>
            <Card>
              <Form.Item
                name="title"
                label="Tiêu đề"
                rules={[
                  { required: true, whitespace: true, message: 'Vui lòng nhập tiêu đề.' },
                  { max: 200, message: 'Tiêu đề tối đa 200 ký tự.' },
                ]}
              >
                <Input placeholder="vd. Cơ cấu tổ chức" autoComplete="off" />
              </Form.Item>
              <Form.Item
                name="bodyHtml"
                label={<span id="page-body-label">Nội dung</span>}
                extra={
                  <span id="page-body-hint">
                    Dán từ Word giữ tiêu đề, danh sách, bảng, chữ đậm/nghiêng và liên kết.
                  </span>
                }
              >
                <BodyField labelId="page-body-label" hintId="page-body-hint" />
              </Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={7}>
            <Card title="Xuất bản">
              <Form.Item
                name="slug"
                label="Đường dẫn"
                extra="Để trống để tạo từ tiêu đề (vd. “Cơ cấu tổ chức” → co-cau-to-chuc)."
                rules={[
                  { max: 120, message: 'Đường dẫn tối đa 120 ký tự.' },
                  {
                    pattern: PAGE_SLUG,
                    message: 'Đường dẫn chỉ gồm chữ thường không dấu, số và dấu gạch ngang.',
                  },
                ]}
              >
                <Input prefix="/" autoComplete="off" spellCheck={false} />
              </Form.Item>
              <Form.Item
                name="position"
                label="Thứ tự"
                extra="Số nhỏ đứng trước trong danh sách trang."
                rules={[
                  { type: 'integer', min: 0, max: 10_000, message: 'Thứ tự là số nguyên từ 0 đến 10.000.' },
                ]}
              >
                <InputNumber min={0} max={10_000} precision={0} style={{ width: '100%' }} />
              </Form.Item>
              <Form.Item name="published" label="Hiển thị trên cổng" valuePropName="checked">
                <Switch checkedChildren="Công khai" unCheckedChildren="Ẩn" />
              </Form.Item>
              {page && (
                <p style={{ color: 'rgba(0, 0, 0, 0.65)' }}>
                  Cập nhật lần cuối: {formatDateTime(page.updatedAt)}
                </p>
              )}
              <Button type="primary" htmlType="submit" loading={save.isPending} block>
                {page ? 'Lưu trang' : 'Tạo trang'}
              </Button>
            </Card>
          </Col>
        </Row>
      </Form>
    </>
  );
}

/** Closing or reloading the tab with unsaved changes asks first. */
function useLeaveWarning(active: boolean) {
  useEffect(() => {
    if (!active) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [active]);
}
