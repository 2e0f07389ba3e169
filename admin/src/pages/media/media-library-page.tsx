import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Card, Col, Empty, Flex, Input, Pagination, Row, Segmented, Spin } from 'antd';
import { useState } from 'react';
import {
  deleteMedia,
  invalidateMediaQueries,
  listMedia,
  type MediaDto,
  type MediaKind,
  mediaLibraryKey,
} from '../../api/media-library-api';
import { useAuth } from '../../auth/auth-context';
import { PageHeading } from '../../components/page-heading';
import { hasRole } from '../../lib/roles';
import { PAGE_SIZE_OPTIONS, useUrlListState } from '../../lib/use-url-state';
import { PORTAL_ACCESS } from '../site-pages/portal-access';
import { MediaCard } from './media-card';
import { absoluteUrl } from './media-display';
import { MediaEditModal } from './media-edit-modal';
import { UploadPanel } from './upload-panel';

const FILTERS = ['q', 'kind'] as const;

const KIND_OPTIONS = [
  { value: '', label: 'Tất cả' },
  { value: 'image', label: 'Ảnh' },
  { value: 'file', label: 'Tài liệu' },
];

export function MediaLibraryPage() {
  const { user } = useAuth();
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { filters, page, pageSize, setFilters, paginate } = useUrlListState(FILTERS);
  const kind: MediaKind | '' = filters.kind === 'image' || filters.kind === 'file' ? filters.kind : '';
  const params = { q: filters.q, kind, page, pageSize };
  const media = useQuery({
    queryKey: mediaLibraryKey(params),
    queryFn: ({ signal }) => listMedia(params, signal),
    placeholderData: keepPreviousData,
  });
  const [editing, setEditing] = useState<MediaDto | null>(null);

  const remove = useMutation({
    mutationFn: (asset: MediaDto) => deleteMedia(asset.id),
    onSuccess: (_, asset) => {
      message.success(`Đã xóa “${asset.originalName}”.`);
      invalidateMediaQueries(queryClient);
    },
    onError: (error) => message.error({ content: error.message, duration: 8 }),
  });

  async function copyUrl(asset: MediaDto) {
    const url = absoluteUrl(asset.url);
    try {
      await navigator.clipboard.writeText(url);
      message.success('Đã sao chép địa chỉ tệp.');
    } catch {
      message.info({ content: `Không sao chép tự động được. Địa chỉ: ${url}`, duration: 10 });
    }
  }

  const items = media.data?.items ?? [];
  return (
    <>
      <PageHeading title="Thư viện ảnh và tệp" />
      <Card title="Tải lên" size="small" style={{ marginBottom: 16 }}>
        <UploadPanel allowed="any" compact onUploaded={() => invalidateMediaQueries(queryClient)} />
      </Card>
      <Flex wrap gap="small" align="center" style={{ marginBottom: 16 }}>
        <Input.Search
          key={filters.q}
          defaultValue={filters.q}
          aria-label="Tìm theo tên tệp, mô tả hoặc chú thích"
          placeholder="Tìm theo tên tệp, mô tả, chú thích"
          allowClear
          onSearch={(q) => setFilters({ q: q.trim() })}
          style={{ width: 340 }}
        />
        <Segmented
          aria-label="Loại tệp"
          options={KIND_OPTIONS}
          value={kind}
          onChange={(value) => setFilters({ kind: String(value) })}
        />
      </Flex>
      {media.isError && (
        <Alert type="error" showIcon title={media.error.message} style={{ marginBottom: 16 }} />
      )}
      <Spin spinning={media.isFetching || remove.isPending} description="Đang tải…">
        {items.length === 0 && !media.isPending ? (
          <Empty description={filters.q || kind ? 'Không có tệp phù hợp.' : 'Thư viện chưa có tệp nào.'} />
        ) : (
          <Row gutter={[16, 16]} role="list" aria-label="Danh sách ảnh và tệp">
            {items.map((asset) => (
              <Col key={asset.id} xs={24} sm={12} lg={8} xl={6} xxl={4} role="listitem">
                <MediaCard
                  asset={asset}
                  canDelete={hasRole(user.role, PORTAL_ACCESS.mediaDelete)}
                  deleting={remove.isPending && remove.variables?.id === asset.id}
                  onEdit={setEditing}
                  onCopy={copyUrl}
                  onDelete={(target) => remove.mutate(target)}
                />
              </Col>
            ))}
          </Row>
        )}
      </Spin>
      <Flex justify="end" style={{ marginTop: 16 }}>
        <Pagination
          current={page}
          pageSize={pageSize}
          total={media.data?.total ?? 0}
          showSizeChanger
          pageSizeOptions={PAGE_SIZE_OPTIONS}
          showTotal={(total) => `${total} tệp`}
          onChange={paginate}
          hideOnSinglePage={false}
        />
      </Flex>
      <MediaEditModal asset={editing} onClose={() => setEditing(null)} />
    </>
  );
}
