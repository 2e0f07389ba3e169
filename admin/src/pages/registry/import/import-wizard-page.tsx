import { ArrowLeftOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, Collapse, Flex, Spin, Steps, Tag, Typography } from 'antd';
import { useParams } from 'react-router';
import {
  getImport,
  IMPORT_STATUS_LABELS,
  type ImportDto,
  importOriginalPath,
  importReportPath,
  importsKey,
} from '../../../api/registry-import-api';
import { DownloadButton } from '../../../components/download-button';
import { LinkButton } from '../../../components/link-button';
import { PageHeading } from '../../../components/page-heading';
import { formatDateTime } from '../../../lib/format';
import { isEditable, isRunning, STATUS_COLORS } from './import-format';
import { ImportMappingCard } from './import-mapping-card';
import { ImportPreviewPanel } from './import-preview-panel';
import { ImportProgressCard } from './import-progress-card';
import { ImportResultCard } from './import-result-card';
import { ImportSheetCard } from './import-sheet-card';

/** The step the import is at, for the Steps bar: upload, sheet, mapping, dry run, commit. */
function currentStep(item: ImportDto): number {
  switch (item.status) {
    case 'needs_sheet':
      return 1;
    case 'uploaded':
      return 2;
    case 'previewing':
    case 'previewed':
    case 'failed':
      return 3;
    case 'committing':
    case 'committed':
      return 4;
  }
}

/** One import: sheet choice, mapping, dry run with its problems, commit and result. */
export function ImportWizardPage() {
  const { id = '' } = useParams();
  const item = useQuery({
    queryKey: importsKey('one', id),
    queryFn: ({ signal }) => getImport(id, signal),
    staleTime: 0,
    // The server works in the background: poll its status while it does.
    refetchInterval: (query) => (query.state.data && isRunning(query.state.data.status) ? 1000 : false),
  });

  const back = (
    <LinkButton to="/nhap-excel" icon={<ArrowLeftOutlined />}>
      Lịch sử nhập
    </LinkButton>
  );
  if (item.isError) {
    return (
      <>
        <PageHeading title="Nhập từ Excel" extra={back} />
        <Alert type="error" showIcon title={item.error.message} />
      </>
    );
  }
  if (!item.data) return <Spin description="Đang tải…" style={{ display: 'block', padding: 48 }} />;
  const data = item.data;

  return (
    <>
      <PageHeading
        title={`Nhập tệp ${data.fileName}`}
        extra={
          <Flex gap="small" wrap>
            {back}
            <DownloadButton path={importOriginalPath(data.id)} fallbackName={data.fileName}>
              Tải tệp gốc
            </DownloadButton>
            {data.counts && (data.status === 'previewed' || data.status === 'committed') && (
              <DownloadButton path={importReportPath(data.id)} fallbackName="bao-cao-nhap.xlsx">
                Tải báo cáo kiểm tra (.xlsx)
              </DownloadButton>
            )}
          </Flex>
        }
      />
      <Flex gap="small" wrap align="center" style={{ marginBottom: 16 }}>
        <Tag color={STATUS_COLORS[data.status]}>{IMPORT_STATUS_LABELS[data.status]}</Tag>
        <Typography.Text type="secondary">
          Tải lên lúc {formatDateTime(data.createdAt)}
          {data.createdBy && ` bởi ${data.createdBy.name}`}
          {data.sheetName && ` · Trang tính “${data.sheetName}”`}
          {data.year && ` · Số liệu năm ${data.year}`}
        </Typography.Text>
      </Flex>
      <Steps
        size="small"
        current={currentStep(data)}
        status={data.status === 'failed' ? 'error' : undefined}
        items={[
          { title: 'Tải lên' },
          { title: 'Chọn trang tính' },
          { title: 'Ghép cột' },
          { title: 'Kiểm tra thử' },
          { title: 'Ghi vào sổ' },
        ]}
        style={{ marginBottom: 24 }}
      />
      {data.status === 'failed' && data.error && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title="Lần xử lý gần nhất không thành công"
          description={data.error}
          style={{ marginBottom: 16 }}
        />
      )}
      {data.status === 'needs_sheet' && <ImportSheetCard item={data} />}
      {isRunning(data.status) && <ImportProgressCard item={data} />}
      {data.status === 'previewed' && data.counts ? (
        <>
          <ImportPreviewPanel item={data} counts={data.counts} />
          {data.mapping && (
            <Collapse
              style={{ marginTop: 16 }}
              items={[
                {
                  key: 'mapping',
                  label: 'Sửa cách ghép cột hoặc năm số liệu, rồi kiểm tra lại',
                  children: <ImportMappingCard item={data} />,
                },
              ]}
            />
          )}
        </>
      ) : (
        isEditable(data.status) && data.mapping && <ImportMappingCard item={data} />
      )}
      {data.status === 'committed' && data.counts && <ImportResultCard item={data} counts={data.counts} />}
    </>
  );
}
