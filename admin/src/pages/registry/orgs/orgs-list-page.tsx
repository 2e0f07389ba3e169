import { PlusOutlined, SettingOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Alert, Button, Checkbox, Flex, Popover, Space, Table, Typography } from 'antd';
import { useNavigate } from 'react-router';
import {
  listOrgs,
  ORG_EXPORT_PATHS,
  type OrgFilterParams,
  type OrgSort,
  type OrgSummary,
  orgsKey,
} from '../../../api/registry-orgs-api';
import { useAuth } from '../../../auth/auth-context';
import { DownloadButton } from '../../../components/download-button';
import { LinkButton } from '../../../components/link-button';
import { PageHeading } from '../../../components/page-heading';
import { hasRole } from '../../../lib/roles';
import { PAGE_SIZE_OPTIONS, useUrlListState } from '../../../lib/use-url-state';
import { REGISTRY_ACCESS } from '../registry-access';
import {
  ORG_COLUMN_KEYS,
  ORG_COLUMN_LABELS,
  type OrgColumnKey,
  orgColumns,
  sortOfColumn,
} from './org-columns';
import { ORG_FILTER_KEYS, type OrgFilterValues, OrgListFilters } from './org-list-filters';
import { ORG_SORTS } from './org-vocabulary';
import { useStoredColumns } from './use-stored-columns';

const LIST_KEYS = [...ORG_FILTER_KEYS, 'sort', 'direction'] as const;

/** The register: server-side pages, sorting and filters, all kept in the URL. */
export function OrgsListPage() {
  const { user } = useAuth();
  const canWrite = hasRole(user.role, REGISTRY_ACCESS.write);
  const navigate = useNavigate();
  const { filters, page, pageSize, setFilters, paginate } = useUrlListState(LIST_KEYS);
  const sort = ORG_SORTS.find((s) => s === filters.sort) ?? 'name';
  const direction = filters.direction === 'desc' ? 'desc' : 'asc';
  const { columns, setColumns, reset } = useStoredColumns();

  const filter = serverFilter(filters, sort, direction);
  const query = { ...filter, page, pageSize };
  const orgs = useQuery({
    queryKey: orgsKey('list', query),
    queryFn: ({ signal }) => listOrgs(query, signal),
    placeholderData: keepPreviousData,
  });

  return (
    <>
      <PageHeading
        title="Tổ chức kinh tế tập thể"
        extra={
          <Space wrap>
            <DownloadButton path={ORG_EXPORT_PATHS.xlsx} query={{ ...filter }} fallbackName="to-chuc.xlsx">
              Xuất Excel
            </DownloadButton>
            <DownloadButton path={ORG_EXPORT_PATHS.csv} query={{ ...filter }} fallbackName="to-chuc.csv">
              Xuất CSV
            </DownloadButton>
            {canWrite && (
              <LinkButton type="primary" icon={<PlusOutlined />} to="moi">
                Thêm tổ chức
              </LinkButton>
            )}
          </Space>
        }
      />
      <OrgListFilters value={filters} onChange={setFilters} />
      {orgs.isError && (
        <Alert type="error" showIcon title={orgs.error.message} style={{ marginBottom: 16 }} />
      )}
      <Flex justify="space-between" align="center" wrap gap="small" style={{ marginBottom: 8 }}>
        <Typography.Text type="secondary">
          Bấm vào một dòng để xem hồ sơ. Tệp xuất gồm mọi tổ chức khớp bộ lọc hiện tại.
        </Typography.Text>
        <Popover
          trigger="click"
          placement="bottomRight"
          title="Cột hiển thị"
          content={
            <Flex vertical gap="small">
              <Checkbox.Group
                aria-label="Cột hiển thị"
                value={columns}
                onChange={(next) => setColumns(next as OrgColumnKey[])}
                options={ORG_COLUMN_KEYS.map((key) => ({ value: key, label: ORG_COLUMN_LABELS[key] }))}
                style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
              />
              <Button size="small" onClick={reset}>
                Mặc định
              </Button>
            </Flex>
          }
        >
          <Button icon={<SettingOutlined />}>Chọn cột</Button>
        </Popover>
      </Flex>
      <Table<OrgSummary>
        rowKey="id"
        loading={orgs.isFetching}
        dataSource={orgs.data?.items}
        columns={orgColumns(columns, { by: sort, direction })}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có tổ chức phù hợp.' }}
        onRow={(org) => ({ onClick: () => navigate(org.id), style: { cursor: 'pointer' } })}
        onChange={(_, __, sorter, extra) => {
          if (extra.action !== 'sort') return;
          const one = Array.isArray(sorter) ? sorter[0] : sorter;
          const by = one?.order ? sortOfColumn(one.columnKey) : null;
          setFilters({
            sort: by && by !== 'name' ? by : undefined,
            direction: one?.order === 'descend' ? 'desc' : undefined,
          });
        }}
        pagination={{
          current: page,
          pageSize,
          total: orgs.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZE_OPTIONS,
          showTotal: (total) => `${total.toLocaleString('vi-VN')} tổ chức`,
          onChange: paginate,
        }}
      />
    </>
  );
}

/** The URL's filters as the server reads them (the commune's name stays in the URL only). */
function serverFilter(filters: OrgFilterValues, sort: OrgSort, direction: 'asc' | 'desc'): OrgFilterParams {
  const params: OrgFilterParams = { sort, direction };
  for (const key of ORG_FILTER_KEYS) {
    if (key !== 'communeName' && filters[key]) params[key] = filters[key];
  }
  return params;
}
