import {
  ArrowLeftOutlined,
  DeleteOutlined,
  EditOutlined,
  ExportOutlined,
  MergeCellsOutlined,
} from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Popconfirm, Space, Spin, Tabs, Tag } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams, useSearchParams } from 'react-router';
import { deleteOrg, getOrg, type OrgDto, orgsKey } from '../../../api/registry-orgs-api';
import { LinkButton } from '../../../components/link-button';
import { PageHeading } from '../../../components/page-heading';
import { useOrgAccess } from './org-access';
import { OrgAttachmentsTab } from './org-attachments-tab';
import { OrgFiguresTab } from './org-figures-tab';
import { OrgGeneralTab } from './org-general-tab';
import { OrgHistoryTab } from './org-history-tab';
import { OrgMergeDialog } from './org-merge-dialog';
import { OrgRatingsTab } from './org-ratings-tab';
import { OrgRepresentativesTab } from './org-representatives-tab';
import { OrgStatusHistoryTab } from './org-status-history-tab';
import { OrgUnionMembersTab } from './org-union-members-tab';
import { MEMBERSHIP_LABELS, ORG_KIND_LABELS, ORG_STATUS_LABELS, STATUS_TAG_STYLES } from './org-vocabulary';

/** /to-chuc/:id — the record with its tabs; the open tab is in the URL (?tab=). */
export function OrgDetailPage() {
  const { id = '' } = useParams();
  const org = useQuery({ queryKey: orgsKey('detail', id), queryFn: ({ signal }) => getOrg(id, signal) });
  if (org.isError) {
    return (
      <>
        <PageHeading title="Hồ sơ tổ chức" />
        <Alert
          type="error"
          showIcon
          title={org.error.message}
          action={<LinkButton to="/to-chuc">Về danh sách</LinkButton>}
        />
      </>
    );
  }
  if (!org.data) return <Spin description="Đang tải hồ sơ…" style={{ display: 'block', padding: 48 }} />;
  return <OrgDetail org={org.data} />;
}

function OrgDetail({ org }: { org: OrgDto }) {
  const access = useOrgAccess();
  const [params, setParams] = useSearchParams();
  const [merging, setMerging] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();

  const remove = useMutation({
    mutationFn: () => deleteOrg(org.id),
    onSuccess: () => {
      queryClient.removeQueries({ queryKey: orgsKey('detail', org.id) });
      queryClient.invalidateQueries({ queryKey: orgsKey() });
      message.success(`Đã xóa ${org.name} khỏi sổ đăng ký.`);
      navigate('/to-chuc', { replace: true });
    },
    onError: (error) => message.error({ content: error.message, duration: 8 }),
  });

  const tabs = [
    { key: 'chung', label: 'Thông tin chung', children: <OrgGeneralTab org={org} /> },
    { key: 'so-lieu', label: 'Số liệu hằng năm', children: <OrgFiguresTab org={org} access={access} /> },
    { key: 'xep-loai', label: 'Xếp loại', children: <OrgRatingsTab org={org} access={access} /> },
    { key: 'tinh-trang', label: 'Lịch sử tình trạng', children: <OrgStatusHistoryTab org={org} /> },
    ...(org.kind === 'LHHTX'
      ? [
          {
            key: 'thanh-vien',
            label: 'Thành viên liên hiệp',
            children: <OrgUnionMembersTab org={org} access={access} />,
          },
        ]
      : []),
    {
      key: 'dai-dien',
      label: 'Tài khoản đại diện',
      children: <OrgRepresentativesTab org={org} access={access} />,
    },
    { key: 'tep', label: 'Tệp đính kèm', children: <OrgAttachmentsTab org={org} access={access} /> },
    { key: 'lich-su', label: 'Lịch sử thay đổi', children: <OrgHistoryTab org={org} /> },
  ];
  const requested = params.get('tab');
  const active = tabs.some((t) => t.key === requested) ? (requested as string) : 'chung';

  return (
    <>
      <PageHeading
        title={org.name}
        extra={
          <Space wrap>
            <LinkButton icon={<ArrowLeftOutlined />} to="/to-chuc">
              Danh sách
            </LinkButton>
            <Button icon={<ExportOutlined />} href={org.url} target="_blank" rel="noopener">
              Trang công khai
            </Button>
            {access.canWrite && (
              <>
                <LinkButton type="primary" icon={<EditOutlined />} to={`/to-chuc/${org.id}/sua`}>
                  Sửa
                </LinkButton>
                <Button icon={<MergeCellsOutlined />} onClick={() => setMerging(true)}>
                  Gộp với tổ chức khác
                </Button>
              </>
            )}
            {access.canDelete && (
              <Popconfirm
                title={`Xóa ${org.name}?`}
                description={
                  <div style={{ maxWidth: 360 }}>
                    Xóa hẳn hồ sơ cùng số liệu, xếp loại, báo cáo và liên kết; tài khoản đại diện bị khóa.
                    Không thể hoàn tác. Nếu đây là bản trùng, hãy dùng “Gộp với tổ chức khác” để giữ lịch sử.
                  </div>
                }
                okText="Xóa hẳn"
                okButtonProps={{ danger: true, loading: remove.isPending }}
                cancelText="Hủy"
                onConfirm={() => remove.mutate()}
              >
                <Button danger icon={<DeleteOutlined />}>
                  Xóa
                </Button>
              </Popconfirm>
            )}
          </Space>
        }
      />
      <Flex wrap gap="small" style={{ marginTop: -8, marginBottom: 8 }}>
        <Tag>{ORG_KIND_LABELS[org.kind]}</Tag>
        <Tag style={STATUS_TAG_STYLES[org.status]}>{ORG_STATUS_LABELS[org.status]}</Tag>
        <Tag>{MEMBERSHIP_LABELS[org.membership]}</Tag>
        {org.regCode && <Tag>Mã số {org.regCode}</Tag>}
      </Flex>
      {!access.canWrite && (
        <Alert
          type="info"
          showIcon
          title="Bạn đang xem hồ sơ ở chế độ chỉ đọc."
          style={{ marginBottom: 8 }}
        />
      )}
      <Tabs
        activeKey={active}
        onChange={(tab) =>
          setParams(
            (current) => {
              const next = new URLSearchParams(current);
              if (tab === 'chung') next.delete('tab');
              else next.set('tab', tab);
              return next;
            },
            { replace: true },
          )
        }
        items={tabs}
        destroyOnHidden
      />
      {access.canWrite && <OrgMergeDialog org={org} open={merging} onClose={() => setMerging(false)} />}
    </>
  );
}
