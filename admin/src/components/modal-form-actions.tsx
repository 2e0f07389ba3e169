import { Button, Flex } from 'antd';

/** Buttons inside the form (not the Modal footer) so Enter submits and the form owns its state. */
export function ModalFormActions({
  submitText,
  loading,
  onCancel,
}: {
  submitText: string;
  loading: boolean;
  onCancel: () => void;
}) {
  return (
    <Flex justify="end" gap="small" style={{ marginTop: 24 }}>
      <Button onClick={onCancel}>Hủy</Button>
      <Button type="primary" htmlType="submit" loading={loading}>
        {submitText}
      </Button>
    </Flex>
  );
}
