import {
  CopyOutlined,
  DeleteOutlined,
  EditOutlined,
  ExportOutlined,
  FileExcelOutlined,
  FilePdfOutlined,
  FileTextOutlined,
  FileWordOutlined,
} from '@ant-design/icons';
import { Button, Card, Flex, Popconfirm, Tag, Tooltip, Typography } from 'antd';
import type { MediaDto } from '../../api/media-library-api';
import { formatDate } from '../../lib/format';
import { describeAsset, thumbnailOf } from './media-display';

interface Props {
  asset: MediaDto;
  canDelete: boolean;
  deleting: boolean;
  onEdit: (asset: MediaDto) => void;
  onCopy: (asset: MediaDto) => void;
  onDelete: (asset: MediaDto) => void;
}

const COVER_HEIGHT = 150;
// antd's warning tag text falls short of 4.5:1 contrast; a darker orange passes.
const MISSING_ALT_TAG = { color: '#ad4e00', background: '#fff7e6', borderColor: '#ffd591' } as const;
// Card actions make links inline-block (the icon of the link button would sit high): centre them all.
const ACTION_STYLE = {
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  verticalAlign: 'middle',
} as const;

export function MediaCard({ asset, canDelete, deleting, onEdit, onCopy, onDelete }: Props) {
  const name = asset.originalName;
  const actions = [
    <Tooltip key="edit" title="Sửa mô tả">
      <Button
        type="text"
        style={ACTION_STYLE}
        icon={<EditOutlined />}
        aria-label={`Sửa mô tả ${name}`}
        onClick={() => onEdit(asset)}
      />
    </Tooltip>,
    <Tooltip key="copy" title="Sao chép địa chỉ">
      <Button
        type="text"
        style={ACTION_STYLE}
        icon={<CopyOutlined />}
        aria-label={`Sao chép địa chỉ ${name}`}
        onClick={() => onCopy(asset)}
      />
    </Tooltip>,
    <Tooltip key="open" title="Mở trong thẻ mới">
      <Button
        type="text"
        style={ACTION_STYLE}
        icon={<ExportOutlined />}
        aria-label={`Mở ${name} trong thẻ mới`}
        href={asset.url}
        target="_blank"
        rel="noopener"
      />
    </Tooltip>,
  ];
  if (canDelete) {
    actions.push(
      <Popconfirm
        key="delete"
        title={`Xóa “${name}”?`}
        description="Tệp bị xóa vĩnh viễn. Tệp đang dùng trong bài viết hoặc văn bản sẽ không xóa được."
        okText="Xóa"
        okButtonProps={{ danger: true }}
        cancelText="Hủy"
        onConfirm={() => onDelete(asset)}
      >
        <Tooltip title="Xóa">
          <Button
            type="text"
            danger
            style={ACTION_STYLE}
            icon={<DeleteOutlined />}
            aria-label={`Xóa ${name}`}
            loading={deleting}
          />
        </Tooltip>
      </Popconfirm>,
    );
  }

  return (
    <Card
      size="small"
      cover={<Cover asset={asset} />}
      actions={actions}
      styles={{ body: { padding: 12 } }}
      style={{ height: '100%' }}
    >
      <Flex vertical gap={2}>
        <Typography.Text strong ellipsis={{ tooltip: name }}>
          {name}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {describeAsset(asset)}
        </Typography.Text>
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          Tải lên {formatDate(asset.createdAt)}
        </Typography.Text>
        {asset.kind === 'image' && !asset.alt && (
          <div>
            <Tag style={{ marginTop: 4, ...MISSING_ALT_TAG }}>Chưa có mô tả (alt)</Tag>
          </div>
        )}
        {asset.caption && (
          <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: 0, fontSize: 13 }}>
            {asset.caption}
          </Typography.Paragraph>
        )}
      </Flex>
    </Card>
  );
}

function Cover({ asset }: { asset: MediaDto }) {
  const thumb = thumbnailOf(asset);
  if (thumb) {
    return (
      <img
        src={thumb.src}
        srcSet={thumb.srcSet || undefined}
        sizes="(min-width: 1600px) 16vw, (min-width: 992px) 24vw, (min-width: 576px) 48vw, 96vw"
        alt={asset.alt}
        loading="lazy"
        decoding="async"
        width={asset.width ?? undefined}
        height={asset.height ?? undefined}
        style={{ height: COVER_HEIGHT, objectFit: 'cover', background: '#f5f5f5' }}
      />
    );
  }
  // The card makes its cover's child a block: the centring box sits inside it.
  return (
    <div>
      <Flex
        align="center"
        justify="center"
        vertical
        gap={4}
        style={{ height: COVER_HEIGHT, background: '#f5f5f5', fontSize: 48 }}
      >
        <FileIcon mime={asset.mime} />
        <Typography.Text type="secondary" style={{ fontSize: 13 }}>
          {asset.typeLabel}
        </Typography.Text>
      </Flex>
    </div>
  );
}

function FileIcon({ mime }: { mime: string }) {
  if (mime === 'application/pdf') return <FilePdfOutlined aria-hidden style={{ color: '#cf1322' }} />;
  if (mime.includes('word') || mime === 'application/msword') {
    return <FileWordOutlined aria-hidden style={{ color: '#0958d9' }} />;
  }
  if (mime.includes('sheet') || mime.includes('excel')) {
    return <FileExcelOutlined aria-hidden style={{ color: '#389e0d' }} />;
  }
  return <FileTextOutlined aria-hidden />;
}
