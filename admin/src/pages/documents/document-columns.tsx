import { Button, Popconfirm, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { DOCUMENT_STATUS_LABELS, type DocumentStatus, type DocumentSummary } from '../../api/documents-api';
import { formatDay, STATUS_TAG_STYLES } from './document-format';

interface Options {
  canWrite: boolean;
  onEdit: (doc: DocumentSummary) => void;
  onDelete: (doc: DocumentSummary) => void;
}

export function documentColumns({ canWrite, onEdit, onDelete }: Options): ColumnsType<DocumentSummary> {
  return [
    {
      title: 'Số ký hiệu',
      dataIndex: 'number',
      render: (number: string, doc) => (
        <Space orientation="vertical" size={0}>
          <Typography.Text strong>{number}</Typography.Text>
          <Typography.Text type="secondary">{doc.docType}</Typography.Text>
        </Space>
      ),
    },
    {
      title: 'Trích yếu',
      dataIndex: 'summary',
      width: 360,
      render: (summary: string, doc) => (
        <>
          <Typography.Paragraph ellipsis={{ rows: 3, tooltip: summary }} style={{ margin: 0 }}>
            {summary}
          </Typography.Paragraph>
          {doc.field && <Typography.Text type="secondary">Lĩnh vực: {doc.field}</Typography.Text>}
        </>
      ),
    },
    { title: 'Cơ quan ban hành', dataIndex: 'issuer' },
    { title: 'Ngày ban hành', dataIndex: 'issuedOn', render: (day: string) => formatDay(day) },
    {
      title: 'Hiệu lực',
      key: 'status',
      render: (_, doc) => (
        <Space orientation="vertical" size={4}>
          <Tag style={STATUS_TAG_STYLES[doc.status as DocumentStatus]}>
            {DOCUMENT_STATUS_LABELS[doc.status]}
          </Tag>
          {doc.effectiveOn && (
            <Typography.Text type="secondary">Từ {formatDay(doc.effectiveOn)}</Typography.Text>
          )}
          {!doc.published && <Tag>Không công khai</Tag>}
        </Space>
      ),
    },
    {
      title: 'Thao tác',
      key: 'actions',
      render: (_, doc) => (
        <Space orientation="vertical" size={0} align="start">
          {canWrite && (
            <Button type="link" onClick={() => onEdit(doc)} aria-label={`Sửa văn bản ${doc.number}`}>
              Sửa
            </Button>
          )}
          {doc.published && (
            <Button
              type="link"
              href={doc.url}
              target="_blank"
              rel="noopener"
              aria-label={`Xem trên cổng: ${doc.number}`}
            >
              Xem trên cổng
            </Button>
          )}
          {canWrite && (
            <Popconfirm
              title={`Xóa văn bản ${doc.number}?`}
              description="Văn bản sẽ không còn trên cổng thông tin. Tệp đính kèm vẫn giữ trong thư viện."
              okText="Xóa"
              okButtonProps={{ danger: true }}
              cancelText="Hủy"
              onConfirm={() => onDelete(doc)}
            >
              <Button type="link" danger aria-label={`Xóa văn bản ${doc.number}`}>
                Xóa
              </Button>
            </Popconfirm>
          )}
        </Space>
      ),
    },
  ];
}
