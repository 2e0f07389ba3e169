import { ArrowLeftOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Form, Spin, theme } from 'antd';
import { useState } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ApiError } from '../../../api/client';
import { createOrg, getOrg, type OrgDto, orgsKey, updateOrg } from '../../../api/registry-orgs-api';
import { LinkButton } from '../../../components/link-button';
import { PageHeading } from '../../../components/page-heading';
import { applyServerErrors } from '../../../lib/form-errors';
import { OrgFormFields } from './org-form-fields';
import { initialFormState, type OrgFormState, toOrgInput } from './org-form-values';

/** /to-chuc/moi and /to-chuc/:id/sua. */
export function OrgFormPage() {
  const { id } = useParams();
  const org = useQuery({
    queryKey: orgsKey('detail', id),
    queryFn: ({ signal }) => getOrg(id ?? '', signal),
    enabled: Boolean(id),
    // An edit starts from the newest version, so a save does not meet a needless conflict.
    staleTime: 0,
  });
  if (!id) return <OrgForm key="new" org={null} onReload={() => undefined} />;
  if (org.isError) {
    return (
      <>
        <PageHeading title="Sửa hồ sơ tổ chức" />
        <Alert type="error" showIcon title={org.error.message} />
      </>
    );
  }
  if (!org.data) return <Spin description="Đang tải hồ sơ…" style={{ display: 'block', padding: 48 }} />;
  // A reloaded version remounts the form with the new values.
  return <OrgForm key={org.data.version} org={org.data} onReload={() => org.refetch()} />;
}

function OrgForm({ org, onReload }: { org: OrgDto | null; onReload: () => void }) {
  const [form] = Form.useForm<OrgFormState>();
  const [error, setError] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const { token } = theme.useToken();
  const backTo = org ? `/to-chuc/${org.id}` : '/to-chuc';

  const save = useMutation({
    mutationFn: (values: OrgFormState) => {
      const input = toOrgInput(values);
      return org ? updateOrg(org.id, { ...input, version: org.version }) : createOrg(input);
    },
    onSuccess: (saved) => {
      queryClient.invalidateQueries({ queryKey: orgsKey() });
      queryClient.setQueryData(orgsKey('detail', saved.id), saved);
      message.success(org ? `Đã lưu hồ sơ ${saved.name}.` : `Đã thêm ${saved.name} vào sổ đăng ký.`);
      navigate(`/to-chuc/${saved.id}`, { replace: !org });
    },
    onError: (err) => {
      if (err instanceof ApiError && err.status === 409) {
        setConflict(true);
        setError(null);
        return;
      }
      setError(applyServerErrors(form, err));
    },
  });

  return (
    <>
      <PageHeading
        title={org ? `Sửa hồ sơ: ${org.name}` : 'Thêm tổ chức'}
        extra={
          <LinkButton icon={<ArrowLeftOutlined />} to={backTo}>
            {org ? 'Về hồ sơ' : 'Về danh sách'}
          </LinkButton>
        }
      />
      <Form<OrgFormState>
        form={form}
        layout="vertical"
        initialValues={initialFormState(org)}
        onFinish={(values) => {
          setError(null);
          save.mutate(values);
        }}
        scrollToFirstError
        style={{ maxWidth: 1100 }}
      >
        {conflict && (
          <Alert
            type="warning"
            showIcon
            role="alert"
            title="Hồ sơ vừa được người khác sửa trong lúc bạn đang sửa."
            description="Tải lại để xem bản mới nhất rồi nhập lại thay đổi của bạn (những gì bạn vừa nhập trên trang này sẽ mất)."
            action={
              <Button type="primary" onClick={onReload}>
                Tải lại bản mới nhất
              </Button>
            }
            style={{ marginBottom: 16 }}
          />
        )}
        {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
        <OrgFormFields org={org} />
        {/* Kept in view on a long form, so saving never needs a scroll to the end. */}
        <Flex
          gap="small"
          justify="end"
          style={{
            position: 'sticky',
            bottom: 0,
            zIndex: 2,
            padding: '12px 0',
            background: token.colorBgLayout,
            borderTop: `1px solid ${token.colorBorderSecondary}`,
          }}
        >
          <LinkButton to={backTo}>Hủy</LinkButton>
          <Button type="primary" htmlType="submit" loading={save.isPending}>
            {org ? 'Lưu thay đổi' : 'Thêm tổ chức'}
          </Button>
        </Flex>
      </Form>
    </>
  );
}
