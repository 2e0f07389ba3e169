import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, Select, Table } from 'antd';
import { useState } from 'react';
import {
  DOCUMENT_STATUS_LABELS,
  DOCUMENT_STATUSES,
  DOCUMENT_TYPES,
  type DocumentSummary,
  deleteDocument,
  documentsKey,
  listDocuments,
} from '../../api/documents-api';
import { useAuth } from '../../auth/auth-context';
import { PageHeading } from '../../components/page-heading';
import { hasRole } from '../../lib/roles';
import { PAGE_SIZE_OPTIONS, useUrlListState } from '../../lib/use-url-state';
import { PORTAL_ACCESS } from '../site-pages/portal-access';
import { documentColumns } from './document-columns';
import { DocumentFormModal, type DocumentTarget } from './document-form-modal';
import { yearOptions } from './document-format';

const FILTERS = ['q', 'docType', 'year', 'status', 'published'] as const;
const TYPE_OPTIONS = DOCUMENT_TYPES.map((value) => ({ value, label: value }));
const STATUS_OPTIONS = DOCUMENT_STATUSES.map((value) => ({ value, label: DOCUMENT_STATUS_LABELS[value] }));
const YEAR_OPTIONS = yearOptions();
const PUBLISHED_OPTIONS = [
  { value: 'true', label: 'Đang công khai' },
  { value: 'false', label: 'Không công khai' },
];

export function DocumentsPage() {
  const { user } = useAuth();
  const canWrite = hasRole(user.role, PORTAL_ACCESS.documents);
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const { filters, page, pageSize, setFilters, paginate } = useUrlListState(FILTERS);
  const params = { ...filters, page, pageSize };
  const documents = useQuery({
    queryKey: documentsKey('list', params),
    queryFn: ({ signal }) => listDocuments(params, signal),
    placeholderData: keepPreviousData,
  });
  const [target, setTarget] = useState<DocumentTarget | null>(null);
  const remove = useMutation({
    mutationFn: (doc: DocumentSummary) => deleteDocument(doc.id),
    onSuccess: (_, doc) => {
      message.success(`Đã xóa văn bản ${doc.number}.`);
      queryClient.invalidateQueries({ queryKey: documentsKey() });
    },
    onError: (error) => message.error({ content: error.message, duration: 8 }),
  });

  return (
    <>
      <PageHeading
        title="Văn bản"
        extra={
          canWrite && (
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setTarget('new')}>
              Thêm văn bản
            </Button>
          )
        }
      />
      <Flex wrap gap="small" style={{ marginBottom: 16 }}>
        <Input.Search
          key={filters.q}
          defaultValue={filters.q}
          aria-label="Tìm theo số ký hiệu hoặc trích yếu"
          placeholder="Tìm theo số ký hiệu, trích yếu"
          allowClear
          onSearch={(q) => setFilters({ q: q.trim() })}
          style={{ width: 300 }}
        />
        <Select
          aria-label="Lọc theo loại văn bản"
          placeholder="Tất cả loại"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={TYPE_OPTIONS}
          value={filters.docType || undefined}
          onChange={(docType) => setFilters({ docType })}
          style={{ width: 180 }}
        />
        <Select
          aria-label="Lọc theo năm ban hành"
          placeholder="Tất cả các năm"
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={YEAR_OPTIONS}
          value={filters.year || undefined}
          onChange={(year) => setFilters({ year })}
          style={{ width: 150 }}
        />
        <Select
          aria-label="Lọc theo tình trạng hiệu lực"
          placeholder="Mọi tình trạng"
          allowClear
          options={STATUS_OPTIONS}
          value={filters.status || undefined}
          onChange={(status) => setFilters({ status })}
          style={{ width: 170 }}
        />
        <Select
          aria-label="Lọc theo công khai"
          placeholder="Công khai và không"
          allowClear
          options={PUBLISHED_OPTIONS}
          value={filters.published || undefined}
          onChange={(published) => setFilters({ published })}
          style={{ width: 180 }}
        />
      </Flex>
      {documents.isError && (
        <Alert type="error" showIcon title={documents.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<DocumentSummary>
        rowKey="id"
        loading={documents.isFetching || remove.isPending}
        dataSource={documents.data?.items}
        columns={documentColumns({
          canWrite,
          onEdit: (doc) => setTarget({ id: doc.id }),
          onDelete: (doc) => remove.mutate(doc),
        })}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có văn bản phù hợp.' }}
        pagination={{
          current: page,
          pageSize,
          total: documents.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZE_OPTIONS,
          showTotal: (total) => `${total} văn bản`,
          onChange: paginate,
        }}
      />
      <DocumentFormModal target={target} onClose={() => setTarget(null)} />
    </>
  );
}
