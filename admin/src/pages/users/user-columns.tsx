import { Badge, Button, Popconfirm, Space } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { User } from '../../api/types';
import { formatDate, formatDateTime } from '../../lib/format';
import { roleLabel } from '../../lib/roles';

interface Actions {
  onEdit: (user: User) => void;
  onResetPassword: (user: User) => void;
}

export function userColumns({ onEdit, onResetPassword }: Actions): ColumnsType<User> {
  return [
    { title: 'Họ tên', dataIndex: 'fullName' },
    { title: 'Email', dataIndex: 'email' },
    { title: 'Vai trò', dataIndex: 'role', render: (role: string) => roleLabel(role) },
    {
      title: 'Trạng thái',
      key: 'status',
      render: (_, user) => (
        <Space orientation="vertical" size={0}>
          {user.disabled ? (
            <Badge status="error" text="Đã khóa" />
          ) : (
            <Badge status="success" text="Hoạt động" />
          )}
          {user.mustChangePassword && <Badge status="warning" text="Chờ đổi mật khẩu" />}
        </Space>
      ),
    },
    {
      title: 'Đăng nhập gần nhất',
      dataIndex: 'lastLoginAt',
      render: (at: string | null) => (at ? formatDateTime(at) : 'Chưa đăng nhập'),
    },
    { title: 'Ngày tạo', dataIndex: 'createdAt', render: (at: string) => formatDate(at) },
    {
      title: 'Thao tác',
      key: 'actions',
      render: (_, user) => (
        <Space size={0} wrap>
          <Button type="link" onClick={() => onEdit(user)}>
            Sửa
          </Button>
          <Popconfirm
            title={`Đặt lại mật khẩu cho ${user.email}?`}
            description="Mật khẩu hiện tại sẽ không dùng được nữa."
            okText="Đặt lại"
            cancelText="Hủy"
            onConfirm={() => onResetPassword(user)}
          >
            <Button type="link">Đặt lại mật khẩu</Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];
}
