import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Flex, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { Link } from 'react-router';
import {
  IMPORT_STATUS_LABELS,
  IMPORT_TEMPLATE_PATH,
  type ImportSummary,
  importsKey,
  listImports,
} from '../../../api/registry-import-api';
import { DownloadButton } from '../../../components/download-button';
import { PageHeading } from '../../../components/page-heading';
import { formatDateTime } from '../../../lib/format';
import { PAGE_SIZE_OPTIONS, useUrlListState } from '../../../lib/use-url-state';
import { countsLine, isRunning, STATUS_COLORS } from './import-format';
import { ImportUploadCard } from './import-upload-card';

const NO_FILTERS = [] as const;

const columns: ColumnsType<ImportSummary> = [
  {
    title: 'Thời gian',
    dataIndex: 'createdAt',
    render: (value: string) => formatDateTime(value),
    width: 150,
  },
  {
    title: 'Người nhập',
    key: 'createdBy',
    render: (_, row) => row.createdBy?.name || '—',
  },
  {
    title: 'Tệp',
    key: 'file',
    render: (_, row) => (
      <Flex vertical>
        <Link to={row.id}>{row.fileName}</Link>
        {row.sheetName && <Typography.Text type="secondary">Trang tính: {row.sheetName}</Typography.Text>}
      </Flex>
    ),
  },
  { title: 'Năm số liệu', dataIndex: 'year', render: (year: number | null) => year ?? '—', width: 110 },
  {
    title: 'Kết quả',
    key: 'counts',
    render: (_, row) => (row.counts ? countsLine(row.counts) : '—'),
  },
  {
    title: 'Trạng thái',
    key: 'status',
    render: (_, row) => (
      <Flex vertical gap={2} align="start">
        <Tag color={STATUS_COLORS[row.status]}>
          {IMPORT_STATUS_LABELS[row.status]}
          {isRunning(row.status) && ` ${row.progress} %`}
        </Tag>
        {row.committedAt && (
          <Typography.Text type="secondary">Nhập lúc {formatDateTime(row.committedAt)}</Typography.Text>
        )}
      </Flex>
    ),
  },
];

/** Template download, upload, and who imported what and when. */
export function ImportHistoryPage() {
  const { page, pageSize, paginate } = useUrlListState(NO_FILTERS);
  const history = useQuery({
    queryKey: importsKey('list', page, pageSize),
    queryFn: ({ signal }) => listImports(page, pageSize, signal),
    placeholderData: keepPreviousData,
    // Imports still running elsewhere move on by themselves.
    refetchInterval: (query) => (query.state.data?.items.some((i) => isRunning(i.status)) ? 2000 : false),
  });

  return (
    <>
      <PageHeading
        title="Nhập danh sách tổ chức từ Excel"
        extra={
          <DownloadButton path={IMPORT_TEMPLATE_PATH} fallbackName="mau-nhap-to-chuc.xlsx">
            Tải mẫu
          </DownloadButton>
        }
      />
      <Typography.Paragraph type="secondary">
        Tải lên danh sách theo mẫu hoặc bảng tính sẵn có của đơn vị. Hệ thống kiểm tra thử trước, chỉ ghi vào
        sổ đăng ký khi bạn xác nhận; nhập lại cùng một tệp không tạo bản ghi trùng.
      </Typography.Paragraph>
      <ImportUploadCard />
      <Typography.Title level={2} style={{ fontSize: 18 }}>
        Lịch sử nhập
      </Typography.Title>
      {history.isError && (
        <Alert type="error" showIcon title={history.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<ImportSummary>
        rowKey="id"
        loading={history.isFetching && !history.data}
        dataSource={history.data?.items}
        columns={columns}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Chưa có lần nhập nào.' }}
        pagination={{
          current: page,
          pageSize,
          total: history.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZE_OPTIONS,
          showTotal: (total) => `${total} lần nhập`,
          onChange: paginate,
        }}
      />
    </>
  );
}
