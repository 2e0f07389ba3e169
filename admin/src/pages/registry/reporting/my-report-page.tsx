import { useQuery } from '@tanstack/react-query';
import { Alert, Card, Descriptions, Select, Spin, Typography } from 'antd';
import { useSearchParams } from 'react-router';
import { getMyReport, getReportOrg, ORG_KIND_LABELS, reportsKey } from '../../../api/registry-reports-api';
import { PageHeading } from '../../../components/page-heading';
import { formatDateTime } from '../../../lib/format';
import { MyReportForm } from './my-report-form';
import { formatDay, ReportStatusTag, reportYears } from './report-format';

const STATUS_NOTES = {
  chua_nop: 'Nhập số liệu, bấm “Lưu” để lưu nháp và “Nộp báo cáo” khi đã hoàn tất.',
  tra_lai: 'Liên minh đã trả lại báo cáo: vui lòng sửa theo góp ý rồi nộp lại.',
  da_nop: 'Báo cáo đã nộp và đang chờ Liên minh duyệt; không sửa được trong thời gian này.',
  da_duyet: 'Báo cáo đã được duyệt: số liệu đã khóa. Cần sửa, vui lòng liên hệ Liên minh.',
} as const;

/** A member organisation's representative: its yearly report for year N (this year by default). */
export function MyReportPage() {
  const [params, setParams] = useSearchParams();
  const asked = Number.parseInt(params.get('year') ?? '', 10) || undefined;
  const mine = useQuery({
    queryKey: reportsKey('mine', asked),
    queryFn: ({ signal }) => getMyReport(asked, signal),
    staleTime: 0,
  });
  const orgId = mine.data?.org.id;
  // The organisation's current commune by name (the report only carries its code).
  const org = useQuery({
    queryKey: reportsKey('org', orgId),
    queryFn: ({ signal }) => getReportOrg(orgId ?? '', signal),
    enabled: orgId !== undefined,
    staleTime: 60_000,
  });

  if (mine.isError) {
    return (
      <>
        <PageHeading title="Báo cáo năm của đơn vị" />
        <Alert type="error" showIcon title={mine.error.message} />
      </>
    );
  }
  if (!mine.data || (org.isPending && !org.isError)) {
    return <Spin description="Đang tải báo cáo…" style={{ display: 'block', padding: 48 }} />;
  }
  const data = mine.data;
  const { report } = data;
  const year = report.year;

  return (
    <>
      <PageHeading
        title={`Báo cáo năm ${year}`}
        extra={
          <Select
            aria-label="Năm báo cáo"
            value={year}
            options={reportYears()}
            onChange={(next) => setParams({ year: String(next) })}
            style={{ width: 140 }}
          />
        }
      />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { label: 'Đơn vị', children: data.org.name },
            { label: 'Loại hình', children: ORG_KIND_LABELS[data.org.kind] },
            { label: 'Trạng thái', children: <ReportStatusTag status={report.status} /> },
            {
              label: 'Hạn nộp',
              children: (
                <Typography.Text type={report.deadline.passed && report.canEdit ? 'danger' : undefined}>
                  {formatDay(report.deadline.deadline)}
                  {report.deadline.passed ? ' (đã qua hạn)' : ''}
                </Typography.Text>
              ),
            },
            ...(report.submittedAt
              ? [{ label: 'Nộp lúc', children: formatDateTime(report.submittedAt) }]
              : []),
            ...(report.reviewedAt
              ? [{ label: 'Liên minh xem xét lúc', children: formatDateTime(report.reviewedAt) }]
              : []),
          ]}
        />
        <Alert
          type={report.status === 'tra_lai' ? 'warning' : report.status === 'da_duyet' ? 'success' : 'info'}
          showIcon
          title={STATUS_NOTES[report.status]}
          description={
            report.status === 'tra_lai' && report.comment ? (
              <>
                <strong>Góp ý của Liên minh:</strong> {report.comment}
              </>
            ) : undefined
          }
          style={{ marginTop: 12 }}
        />
      </Card>
      <MyReportForm key={`${year}-${report.status}`} data={data} org={org.data ?? null} />
    </>
  );
}
