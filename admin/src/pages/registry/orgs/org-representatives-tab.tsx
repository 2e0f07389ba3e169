import { DeleteOutlined, UserAddOutlined } from '@ant-design/icons';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Flex,
  Form,
  Input,
  Modal,
  Popconfirm,
  Row,
  Table,
  Tag,
  Typography,
} from 'antd';
import { useState } from 'react';
import {
  createRepresentative,
  listRepresentatives,
  type OrgDto,
  orgsKey,
  type RepresentativeCreated,
  type RepresentativeDto,
  removeRepresentative,
} from '../../../api/registry-orgs-api';
import { applyServerErrors } from '../../../lib/form-errors';
import { formatDateTime } from '../../../lib/format';
import type { OrgAccess } from './org-access';

interface Values {
  email: string;
  fullName: string;
}

/** Member accounts (thanh_vien) that report for this organisation. */
export function OrgRepresentativesTab({ org, access }: { org: OrgDto; access: OrgAccess }) {
  const reps = useQuery({
    queryKey: orgsKey('representatives', org.id),
    queryFn: ({ signal }) => listRepresentatives(org.id, signal),
  });
  const queryClient = useQueryClient();
  const { message } = App.useApp();
  const [created, setCreated] = useState<RepresentativeCreated | null>(null);
  const refresh = () => {
    queryClient.invalidateQueries({ queryKey: orgsKey('representatives', org.id) });
    queryClient.invalidateQueries({ queryKey: orgsKey('history', org.id) });
  };
  const remove = useMutation({
    mutationFn: (rep: RepresentativeDto) => removeRepresentative(org.id, rep.userId),
    onSuccess: (_, rep) => {
      refresh();
      message.success(`Đã gỡ và khóa tài khoản ${rep.email}.`);
    },
    onError: (error) => message.error({ content: error.message, duration: 8 }),
  });

  return (
    <Flex vertical gap="middle">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        Tài khoản đại diện (vai trò “Thành viên”) đăng nhập trang quản trị để cập nhật hồ sơ và nộp báo cáo số
        liệu hằng năm của riêng tổ chức này.
      </Typography.Paragraph>
      {access.canWrite && (
        <CreateRepresentativeForm
          org={org}
          onCreated={(result) => {
            refresh();
            setCreated(result);
          }}
        />
      )}
      {reps.isError && <Alert type="error" showIcon title={reps.error.message} />}
      <Table<RepresentativeDto>
        rowKey="userId"
        size="small"
        loading={reps.isFetching || remove.isPending}
        dataSource={reps.data?.items}
        pagination={false}
        scroll={{ x: 'max-content' }}
        locale={{ emptyText: 'Tổ chức chưa có tài khoản đại diện.' }}
        columns={[
          { title: 'Họ tên', dataIndex: 'fullName' },
          { title: 'Email đăng nhập', dataIndex: 'email' },
          {
            title: 'Trạng thái',
            dataIndex: 'disabled',
            render: (disabled: boolean) =>
              disabled ? <Tag>Đã khóa</Tag> : <Tag color="blue">Đang dùng</Tag>,
          },
          {
            title: 'Đăng nhập gần nhất',
            dataIndex: 'lastLoginAt',
            render: (at: string | null) => (at ? formatDateTime(at) : 'Chưa đăng nhập'),
          },
          ...(access.canWrite
            ? [
                {
                  title: 'Thao tác',
                  key: 'actions',
                  render: (_: unknown, rep: RepresentativeDto) => (
                    <Popconfirm
                      title={`Gỡ tài khoản ${rep.email}?`}
                      description="Tài khoản bị khóa và không còn đại diện cho tổ chức này."
                      okText="Gỡ và khóa"
                      okButtonProps={{ danger: true }}
                      cancelText="Hủy"
                      onConfirm={() => remove.mutate(rep)}
                    >
                      <Button
                        type="text"
                        danger
                        icon={<DeleteOutlined />}
                        aria-label={`Gỡ tài khoản ${rep.email}`}
                      />
                    </Popconfirm>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={created !== null}
        title="Đã tạo tài khoản đại diện"
        onCancel={() => setCreated(null)}
        footer={
          <Button type="primary" onClick={() => setCreated(null)}>
            Tôi đã ghi lại mật khẩu
          </Button>
        }
        mask={{ closable: false }}
        destroyOnHidden
      >
        {created && <OneTimePassword created={created} />}
      </Modal>
    </Flex>
  );
}

function OneTimePassword({ created }: { created: RepresentativeCreated }) {
  return (
    <Flex vertical gap="small">
      <Alert
        type="warning"
        showIcon
        title="Mật khẩu tạm chỉ hiện một lần."
        description="Hãy sao chép và gửi cho người đại diện qua kênh an toàn. Khi đăng nhập lần đầu, họ phải đổi mật khẩu."
      />
      <Typography.Text>
        Email đăng nhập:{' '}
        <Typography.Text strong copyable={{ tooltips: ['Sao chép', 'Đã sao chép'] }}>
          {created.representative.email}
        </Typography.Text>
      </Typography.Text>
      <Typography.Text>
        Mật khẩu tạm:{' '}
        <Typography.Text code strong copyable={{ tooltips: ['Sao chép mật khẩu', 'Đã sao chép'] }}>
          {created.temporaryPassword}
        </Typography.Text>
      </Typography.Text>
    </Flex>
  );
}

function CreateRepresentativeForm({
  org,
  onCreated,
}: {
  org: OrgDto;
  onCreated: (created: RepresentativeCreated) => void;
}) {
  const [form] = Form.useForm<Values>();
  const [error, setError] = useState<string | null>(null);
  const create = useMutation({
    mutationFn: (values: Values) =>
      createRepresentative(org.id, {
        email: values.email.trim().toLowerCase(),
        fullName: values.fullName.trim(),
      }),
    onSuccess: (result) => {
      form.resetFields();
      onCreated(result);
    },
    onError: (err) => setError(applyServerErrors(form, err)),
  });

  return (
    <Card title="Tạo tài khoản đại diện" size="small">
      {error && <Alert type="error" showIcon role="alert" title={error} style={{ marginBottom: 16 }} />}
      <Form<Values>
        form={form}
        layout="vertical"
        onFinish={(values) => {
          setError(null);
          create.mutate(values);
        }}
      >
        <Row gutter={16} align="bottom">
          <Col xs={24} md={9}>
            <Form.Item
              name="fullName"
              label="Họ tên"
              rules={[
                { required: true, whitespace: true, message: 'Vui lòng nhập họ tên.' },
                { min: 2, message: 'Họ tên cần ít nhất 2 ký tự.' },
                { max: 120, message: 'Họ tên tối đa 120 ký tự.' },
              ]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col xs={24} md={9}>
            <Form.Item
              name="email"
              label="Email đăng nhập"
              rules={[
                { required: true, whitespace: true, message: 'Vui lòng nhập email.' },
                { type: 'email', message: 'Email không hợp lệ.' },
                { max: 200, message: 'Email tối đa 200 ký tự.' },
              ]}
            >
              <Input autoComplete="off" inputMode="email" />
            </Form.Item>
          </Col>
          <Col xs={24} md={6}>
            <Form.Item>
              <Button
                type="primary"
                htmlType="submit"
                icon={<UserAddOutlined />}
                loading={create.isPending}
                block
              >
                Tạo tài khoản
              </Button>
            </Form.Item>
          </Col>
        </Row>
      </Form>
    </Card>
  );
}
