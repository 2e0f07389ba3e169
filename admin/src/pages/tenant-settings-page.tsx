import { useQuery } from '@tanstack/react-query';
import { Alert } from 'antd';
import { fetchTenant, TENANT_KEY } from '../api/tenant-api';
import { FullPageSpin } from '../components/full-page-spin';
import { PageHeading } from '../components/page-heading';
import { TenantSettingsForm } from './tenant-settings/tenant-settings-form';

export function TenantSettingsPage() {
  const tenant = useQuery({ queryKey: TENANT_KEY, queryFn: ({ signal }) => fetchTenant(signal) });

  return (
    <>
      <PageHeading title="Cài đặt đơn vị" />
      {tenant.isPending && <FullPageSpin />}
      {tenant.isError && <Alert type="error" showIcon title={tenant.error.message} />}
      {tenant.data && <TenantSettingsForm tenant={tenant.data} />}
    </>
  );
}
