import { DeleteOutlined, FileOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Popconfirm,
  Row,
  Select,
  Spin,
  Table,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import {
  detachFile,
  listAttachments,
  type OrgAttachmentDto,
  type OrgDto,
  orgsKey,
  uploadAttachment,
} from '../../../api/registry-orgs-api';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import { formatBytes } from '../../media/upload-rules';
import type { OrgAccess } from './org-access';
import { ATTACHMENT_KIND_LABELS, type AttachmentKind, optionsOf } from './org-vocabulary';

const KIND_OPTIONS = optionsOf(ATTACHMENT_KIND_LABELS);

/** Charter, registration certificate and other papers of the organisation (files of the media library). */
export function OrgAttachmentsTab({ org, access }: { org: OrgDto; access: OrgAccess }) {
  const files = useQuery({
    queryKey: orgsKey('attachments', org.id),
    queryFn: ({ signal }) => listAttachments(org.id, signal),
  });
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: orgsKey('attachments', org.id) });
    queryClient.invalidateQueries({ queryKey: orgsKey('history', org.id) });
  };
  const detach = useMutation({
    mutationFn: (file: OrgAttachmentDto) => detachFile(org.id, file.file.id),
    onSuccess: (_, file) => {
      refresh();
      message.success(`Đã bỏ đính kèm ${file.file.name}.`);
    },
    onError: (error) => message.error({ content: error.message, duration: 8 }),
  });

  return (
    <Flex vertical gap="middle">
      {access.canWrite && <AttachForm org={org} onAttached={refresh} />}
      {files.isError && <Alert type="error" showIcon title={files.error.message} />}
      <Table<OrgAttachmentDto>
        rowKey={(f) => f.file.id}
        size="small"
        loading={files.isFetching || detach.isPending}
        dataSource={files.data?.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Chưa có tệp đính kèm.' }}
        columns={[
          {
            title: 'Loại',
            dataIndex: 'kind',
            render: (kind: AttachmentKind) => ATTACHMENT_KIND_LABELS[kind],
          },
          {
            title: 'Tệp',
            key: 'file',
            render: (_, f) => (
              <>
                <FileOutlined aria-hidden />{' '}
                <Typography.Link href={f.file.url} target="_blank" rel="noopener">
                  {f.title || f.file.name}
                </Typography.Link>
                <div>
                  <Typography.Text type="secondary">
                    {f.file.typeLabel} · {formatBytes(f.file.bytes)}
                  </Typography.Text>
                </div>
              </>
            ),
          },
          { title: 'Đính kèm lúc', dataIndex: 'createdAt', render: (at: string) => formatDateTime(at) },
          ...(access.canWrite
            ? [
                {
                  title: 'Thao tác',
                  key: 'actions',
                  render: (_: unknown, f: OrgAttachmentDto) => (
                    <Popconfirm
                      title={`Bỏ đính kèm ${f.title || f.file.name}?`}
                      description="Tệp vẫn còn trong thư viện."
                      okText="Bỏ đính kèm"
                      okButtonProps={{ danger: true }}
                      cancelText="Hủy"
                      onConfirm={() => detach.mutate(f)}
                    >
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`Bỏ đính kèm ${f.title || f.file.name}`}
                      />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
    </Flex>
  );
}

interface Values {
  kind: AttachmentKind;
  title: string;
}

const ACCEPT = '.pdf,.doc,.docx,.xls,.xlsx';

/** Each file sent is stored and attached at once, with the kind and title chosen above the drop zone. */
function AttachForm({ org, onAttached }: { org: OrgDto; onAttached: () => void }) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const { message } = App.useApp();
  const upload = useMutation({
    mutationFn: (file: File) => {
      const { kind, title } = form.getFieldsValue();
      return uploadAttachment(org.id, file, { kind, title: (title ?? '').trim() });
    },
    onSuccess: (_, file) => {
      onAttached();
      message.success(`Đã đính kèm ${file.name}.`);
      form.setFieldValue('title', '');
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <Card title="Đính kèm tệp" size="small">
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Form<Values> form={form} layout="vertical" initialValues={{ kind: 'dieu_le', title: '' }}>
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="kind" label="Loại giấy tờ">
              <Select options={KIND_OPTIONS} />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item
              name="title"
              label="Tiêu đề (không bắt buộc)"
              rules={[{ max: 200, message: 'Tiêu đề tối đa 200 ký tự.' }]}
            >
              <Input autoComplete="off" placeholder="vd. Điều lệ sửa đổi năm 2024" />
            </Form.Item>
          </Col>
        </Row>
      </Form>
      <Spin spinning={upload.isPending} description="Đang tải tệp lên…">
        <Upload.Dragger
          accept={ACCEPT}
          multiple={false}
          showUploadList={false}
          disabled={upload.isPending}
          beforeUpload={(file) => {
            setError(null);
            upload.mutate(file);
            // The mutation sends it; antd's own request is not used.
            return Upload.LIST_IGNORE;
          }}
        >
          <p className="ant-upload-text">Kéo thả tệp vào đây hoặc bấm để chọn tệp</p>
          <p className="ant-upload-hint">
            PDF, DOC, DOCX, XLS, XLSX tối đa 20 MB. Tệp được đính kèm ngay khi tải xong, với loại giấy tờ và
            tiêu đề đã chọn.
          </p>
        </Upload.Dragger>
      </Spin>
    </Card>
  );
}
