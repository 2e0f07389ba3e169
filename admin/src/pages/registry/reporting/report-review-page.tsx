import { ArrowLeftOutlined, CheckOutlined, RollbackOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Card, Descriptions, Flex, Popconfirm, Spin, Typography } from 'antd';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import {
  approveReport,
  getReport,
  getReportFigures,
  getReportOrg,
  ORG_KIND_LABELS,
  reportsKey,
} from '../../../api/registry-reports-api';
import { useAuth } from '../../../auth/auth-context';
import { LinkButton } from '../../../components/link-button';
import { PageHeading } from '../../../components/page-heading';
import { formatDateTime } from '../../../lib/format';
import { hasRole } from '../../../lib/roles';
import { REGISTRY_ACCESS } from '../registry-access';
import { ProfileDiffTable, profileOf } from './profile-diff-table';
import { ReportFiguresTable } from './report-figures-table';
import { formatDay, ReportStatusTag } from './report-format';
import { ReturnReportModal } from './return-report-modal';

/** Approval errors name profile fields ("profileChanges.website"): list them under the message. */
function errorLines(error: Error): string[] {
  return error instanceof ApiError ? [error.message, ...Object.values(error.fieldErrors)] : [error.message];
}

/** Staff review one organisation's yearly report: figures, warnings, proposed profile changes. */
export function ReportReviewPage() {
  const params = useParams();
  const orgId = params.orgId ?? '';
  const year = Number(params.year);
  const { user } = useAuth();
  const canWrite = hasRole(user.role, REGISTRY_ACCESS.write);
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [returning, setReturning] = useState(false);

  const report = useQuery({
    queryKey: reportsKey('report', orgId, year),
    queryFn: ({ signal }) => getReport(orgId, year, signal),
    staleTime: 0,
  });
  const figures = useQuery({
    queryKey: reportsKey('figures', orgId, year),
    queryFn: ({ signal }) => getReportFigures(orgId, year, signal),
    staleTime: 0,
  });
  const org = useQuery({
    queryKey: reportsKey('org', orgId),
    queryFn: ({ signal }) => getReportOrg(orgId, signal),
    staleTime: 0,
  });
  const approve = useMutation({
    mutationFn: () => approveReport(orgId, year),
    onSuccess: (saved) => {
      queryClient.setQueryData(reportsKey('report', orgId, year), saved);
      queryClient.invalidateQueries({ queryKey: reportsKey() });
      // Approval applied the profile changes and locked the figures: other pages show them.
      queryClient.invalidateQueries({ queryKey: ['registry-orgs'] });
      message.success(`Đã duyệt báo cáo năm ${year}; số liệu đã khóa với đơn vị.`);
    },
  });

  const back = (
    <LinkButton to={`/bao-cao-nam?year=${year}`} icon={<ArrowLeftOutlined />}>
      Danh sách báo cáo
    </LinkButton>
  );
  const failed = report.error ?? figures.error ?? org.error;
  if (failed) {
    return (
      <>
        <PageHeading title={`Báo cáo năm ${year}`} extra={back} />
        <Alert type="error" showIcon title={failed.message} />
      </>
    );
  }
  if (!report.data || !figures.data || !org.data) {
    return <Spin description="Đang tải báo cáo…" style={{ display: 'block', padding: 48 }} />;
  }
  const r = report.data;
  const o = org.data;
  const reviewable = canWrite && r.status === 'da_nop';

  return (
    <>
      <PageHeading title={`Báo cáo năm ${year} – ${o.name}`} extra={back} />
      <Card style={{ marginBottom: 16 }}>
        <Descriptions
          size="small"
          column={{ xs: 1, md: 2 }}
          items={[
            { label: 'Tổ chức', children: <Link to={`/to-chuc/${o.id}`}>{o.name}</Link> },
            { label: 'Loại hình', children: ORG_KIND_LABELS[o.kind] },
            { label: 'Trạng thái', children: <ReportStatusTag status={r.status} /> },
            {
              label: 'Hạn nộp',
              children: `${formatDay(r.deadline.deadline)}${r.deadline.passed ? ' (đã qua)' : ''}`,
            },
            { label: 'Nộp lúc', children: r.submittedAt ? formatDateTime(r.submittedAt) : '—' },
            { label: 'Duyệt / trả lại lúc', children: r.reviewedAt ? formatDateTime(r.reviewedAt) : '—' },
          ]}
        />
        {r.status === 'tra_lai' && r.comment && (
          <Alert
            type="warning"
            showIcon
            title="Lý do trả lại"
            description={r.comment}
            style={{ marginTop: 12 }}
          />
        )}
        {r.status === 'chua_nop' && (
          <Alert
            type="info"
            showIcon
            title="Đơn vị chưa nộp báo cáo năm này; số liệu dưới đây là bản đang nhập (nếu có)."
            style={{ marginTop: 12 }}
          />
        )}
      </Card>
      <Card
        title={`Số liệu năm ${year}`}
        style={{ marginBottom: 16 }}
        extra={
          canWrite && <Link to={`/to-chuc/${o.id}`}>Sửa số liệu tại hồ sơ tổ chức (được ghi lịch sử)</Link>
        }
      >
        <ReportFiguresTable figures={figures.data} />
      </Card>
      <Card title="Thay đổi hồ sơ đề nghị" style={{ marginBottom: 16 }}>
        <ProfileDiffTable
          current={profileOf(o)}
          changes={r.profileChanges}
          org={o}
          applied={r.status === 'da_duyet'}
        />
      </Card>
      {reviewable && (
        <Card>
          {approve.isError && (
            <Alert
              type="error"
              showIcon
              role="alert"
              title={errorLines(approve.error)[0]}
              description={errorLines(approve.error)
                .slice(1)
                .map((line) => <div key={line}>{line}</div>)}
              style={{ marginBottom: 16 }}
            />
          )}
          <Flex justify="space-between" align="center" wrap gap="middle">
            <Typography.Text>
              Duyệt: áp dụng các thay đổi hồ sơ đề nghị và khóa số liệu năm {year} với đơn vị. Trả lại: đơn vị
              sửa và nộp lại.
            </Typography.Text>
            <Flex gap="small">
              <Button icon={<RollbackOutlined />} onClick={() => setReturning(true)}>
                Trả lại
              </Button>
              <Popconfirm
                title={`Duyệt báo cáo năm ${year}?`}
                description="Số liệu sẽ khóa với đơn vị; thay đổi hồ sơ đề nghị được áp dụng."
                okText="Duyệt"
                cancelText="Hủy"
                onConfirm={() => approve.mutate()}
              >
                <Button type="primary" icon={<CheckOutlined />} loading={approve.isPending}>
                  Duyệt
                </Button>
              </Popconfirm>
            </Flex>
          </Flex>
        </Card>
      )}
      <ReturnReportModal open={returning} orgId={orgId} year={year} onClose={() => setReturning(false)} />
    </>
  );
}
