import { ArrowDownOutlined, ArrowUpOutlined, DeleteOutlined, FileOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Button, Flex, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import type { FileAttachment } from '../../api/documents-api';
import { listMedia, type MediaDto, mediaLibraryKey } from '../../api/media-library-api';
import { UploadPanel } from '../media/upload-panel';
import { formatBytes } from '../media/upload-rules';
import { useDebounced } from './use-debounced';

/** The server's limit on attachments of one document. */
export const MAX_ATTACHMENTS = 20;

interface Props {
  value?: FileAttachment[];
  onChange?: (value: FileAttachment[]) => void;
  id?: string;
}

export function toAttachment(asset: MediaDto): FileAttachment {
  return {
    id: asset.id,
    name: asset.originalName,
    url: asset.url,
    mime: asset.mime,
    typeLabel: asset.typeLabel,
    bytes: asset.bytes,
  };
}

/** Ordered attached files: upload new ones (PDF, Word, Excel) or pick from the library; reorder; remove. */
export function AttachmentsField({ value = [], onChange, id }: Props) {
  const full = value.length >= MAX_ATTACHMENTS;

  function add(file: FileAttachment) {
    if (value.some((f) => f.id === file.id) || full) return;
    onChange?.([...value, file]);
  }

  function move(index: number, delta: number) {
    const next = [...value];
    const [item] = next.splice(index, 1);
    if (!item) return;
    next.splice(index + delta, 0, item);
    onChange?.(next);
  }

  return (
    <Flex vertical gap="small" id={id}>
      {value.length === 0 ? (
        <Typography.Text type="secondary">Chưa có tệp đính kèm.</Typography.Text>
      ) : (
        <ol style={{ margin: 0, paddingInlineStart: 24 }} aria-label="Tệp đính kèm theo thứ tự hiển thị">
          {value.map((file, index) => (
            <li key={file.id} style={{ padding: '4px 0' }}>
              <Flex align="center" gap="small" wrap>
                <FileOutlined aria-hidden />
                <Typography.Link
                  href={file.url}
                  target="_blank"
                  rel="noopener"
                  style={{ flex: 1, minWidth: 160 }}
                >
                  {file.name}
                </Typography.Link>
                <Typography.Text type="secondary">
                  {file.typeLabel} · {formatBytes(file.bytes)}
                </Typography.Text>
                <Space size={0}>
                  <Button
                    type="text"
                    size="small"
                    icon={<ArrowUpOutlined />}
                    aria-label={`Đưa ${file.name} lên trên`}
                    disabled={index === 0}
                    onClick={() => move(index, -1)}
                  />
                  <Button
                    type="text"
                    size="small"
                    icon={<ArrowDownOutlined />}
                    aria-label={`Đưa ${file.name} xuống dưới`}
                    disabled={index === value.length - 1}
                    onClick={() => move(index, 1)}
                  />
                  <Button
                    type="text"
                    size="small"
                    danger
                    icon={<DeleteOutlined />}
                    aria-label={`Bỏ đính kèm ${file.name}`}
                    onClick={() => onChange?.(value.filter((f) => f.id !== file.id))}
                  />
                </Space>
              </Flex>
            </li>
          ))}
        </ol>
      )}
      {full ? (
        <Typography.Text type="warning">Đã đủ {MAX_ATTACHMENTS} tệp đính kèm.</Typography.Text>
      ) : (
        <>
          <LibraryFilePicker exclude={value.map((f) => f.id)} onPick={(asset) => add(toAttachment(asset))} />
          <UploadPanel allowed="file" compact onUploaded={({ asset }) => add(toAttachment(asset))} />
        </>
      )}
    </Flex>
  );
}

function LibraryFilePicker({ exclude, onPick }: { exclude: string[]; onPick: (asset: MediaDto) => void }) {
  const [search, setSearch] = useState('');
  const q = useDebounced(search.trim(), 300);
  const params = { q, kind: 'file' as const, page: 1, pageSize: 20 };
  const files = useQuery({
    queryKey: mediaLibraryKey(params),
    queryFn: ({ signal }) => listMedia(params, signal),
  });
  const options = (files.data?.items ?? [])
    .filter((asset) => !exclude.includes(asset.id))
    .map((asset) => ({ value: asset.id, label: `${asset.originalName} (${asset.typeLabel})`, asset }));

  return (
    <Select
      aria-label="Chọn tệp có sẵn trong thư viện"
      placeholder="Chọn tệp có sẵn trong thư viện…"
      showSearch={{ filterOption: false, onSearch: setSearch }}
      value={null}
      loading={files.isFetching}
      options={options}
      notFoundContent={files.isFetching ? 'Đang tìm…' : 'Không có tệp phù hợp.'}
      onChange={(_, option) => {
        const picked = Array.isArray(option) ? option[0] : option;
        if (picked) onPick(picked.asset);
        setSearch('');
      }}
    />
  );
}
