import { PlusOutlined } from '@ant-design/icons';
import { keepPreviousData, useMutation, useQuery } from '@tanstack/react-query';
import { Alert, App, Button, Flex, Input, Select, Table } from 'antd';
import { useState } from 'react';
import type { User } from '../api/types';
import { listUsers, resetUserPassword, usersKey } from '../api/users-api';
import { PageHeading } from '../components/page-heading';
import { ROLE_OPTIONS } from '../lib/roles';
import { PAGE_SIZE_OPTIONS, useUrlListState } from '../lib/use-url-state';
import { type TemporaryPassword, TemporaryPasswordModal } from './users/temporary-password-modal';
import { userColumns } from './users/user-columns';
import { UserCreateModal } from './users/user-create-modal';
import { UserEditModal } from './users/user-edit-modal';

const FILTERS = ['q', 'role'] as const;

export function UsersPage() {
  const { message } = App.useApp();
  const { filters, page, pageSize, setFilters, paginate } = useUrlListState(FILTERS);
  const params = { ...filters, page, pageSize };
  const users = useQuery({
    queryKey: usersKey(params),
    queryFn: ({ signal }) => listUsers(params, signal),
    placeholderData: keepPreviousData,
  });

  const [creating, setCreating] = useState(false);
  const [editing, setEditing] = useState<User | null>(null);
  const [temporary, setTemporary] = useState<TemporaryPassword | null>(null);
  const reset = useMutation({
    mutationFn: (user: User) => resetUserPassword(user.id),
    onSuccess: ({ temporaryPassword }, user) => {
      users.refetch();
      setTemporary({ email: user.email, password: temporaryPassword });
    },
    onError: (error) => message.error(error.message),
  });

  return (
    <>
      <PageHeading
        title="Người dùng"
        extra={
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            Thêm người dùng
          </Button>
        }
      />
      <Flex wrap gap="small" style={{ marginBottom: 16 }}>
        <Input.Search
          key={filters.q}
          defaultValue={filters.q}
          aria-label="Tìm theo họ tên hoặc email"
          placeholder="Tìm theo họ tên hoặc email"
          allowClear
          onSearch={(q) => setFilters({ q: q.trim() })}
          style={{ width: 320 }}
        />
        <Select
          aria-label="Lọc theo vai trò"
          placeholder="Tất cả vai trò"
          allowClear
          options={ROLE_OPTIONS}
          value={filters.role || undefined}
          onChange={(role) => setFilters({ role })}
          style={{ width: 260 }}
        />
      </Flex>
      {users.isError && (
        <Alert type="error" showIcon title={users.error.message} style={{ marginBottom: 16 }} />
      )}
      <Table<User>
        rowKey="id"
        loading={users.isFetching || reset.isPending}
        dataSource={users.data?.items}
        columns={userColumns({ onEdit: setEditing, onResetPassword: (user) => reset.mutate(user) })}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Không có người dùng phù hợp.' }}
        pagination={{
          current: page,
          pageSize,
          total: users.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: PAGE_SIZE_OPTIONS,
          showTotal: (total) => `${total} người dùng`,
          onChange: paginate,
        }}
      />
      <UserCreateModal
        open={creating}
        onClose={() => setCreating(false)}
        onCreated={(created) => {
          setCreating(false);
          setTemporary(created);
        }}
      />
      <UserEditModal user={editing} onClose={() => setEditing(null)} />
      <TemporaryPasswordModal value={temporary} onClose={() => setTemporary(null)} />
    </>
  );
}
