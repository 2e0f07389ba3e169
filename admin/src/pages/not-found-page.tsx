import { Result } from 'antd';
import { LinkButton } from '../components/link-button';
import { usePageTitle } from '../lib/use-page-title';

export function NotFoundPage() {
  usePageTitle('Không tìm thấy trang');
  return (
    <Result
      status="404"
      title="Không tìm thấy trang"
      subTitle="Địa chỉ bạn mở không tồn tại hoặc đã được chuyển đi."
      extra={
        <LinkButton type="primary" to="/">
          Về trang tổng quan
        </LinkButton>
      }
    />
  );
}
