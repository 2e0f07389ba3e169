import { Alert, Modal, Typography } from 'antd';
import { useLastPresent } from '../../lib/use-last-present';

export interface TemporaryPassword {
  email: string;
  password: string;
}

/** The only time the temporary password is visible: the server keeps just its hash. */
export function TemporaryPasswordModal({
  value,
  onClose,
}: {
  value: TemporaryPassword | null;
  onClose: () => void;
}) {
  const shown = useLastPresent(value);
  return (
    <Modal
      open={value !== null}
      title="Mật khẩu tạm thời"
      onCancel={onClose}
      onOk={onClose}
      okText="Tôi đã lưu mật khẩu"
      cancelButtonProps={{ style: { display: 'none' } }}
      mask={{ closable: false }}
      destroyOnHidden
    >
      {shown && (
        <>
          <Typography.Paragraph>
            Mật khẩu tạm thời của <strong>{shown.email}</strong>:
          </Typography.Paragraph>
          <Typography.Paragraph
            code
            copyable={{ text: shown.password, tooltips: ['Sao chép', 'Đã sao chép'] }}
            style={{ fontSize: 18 }}
          >
            {shown.password}
          </Typography.Paragraph>
          <Alert
            type="warning"
            showIcon
            title="Mật khẩu này chỉ hiển thị một lần."
            description="Hãy gửi cho người dùng qua kênh an toàn. Họ sẽ phải đổi mật khẩu ở lần đăng nhập tiếp theo."
          />
        </>
      )}
    </Modal>
  );
}
