import { Button, Result } from 'antd';
import { Component, type ReactNode } from 'react';

interface State {
  failed: boolean;
}

/** Keeps the menu usable when a page crashes or its code chunk is gone after a new release. */
export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Result
        status="error"
        title="Không hiển thị được trang này"
        subTitle="Hệ thống có thể vừa được cập nhật. Vui lòng tải lại trang."
        extra={
          <Button type="primary" onClick={() => window.location.reload()}>
            Tải lại trang
          </Button>
        }
      />
    );
  }
}
