import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Card, Col, Form, Input, Row } from 'antd';

/** The public "contacts" block: people named on the Liên hệ page. */
export function ContactsFields() {
  return (
    <Form.List name={['settings', 'contacts']}>
      {(fields, { add, remove }) => (
        <>
          {fields.map(({ key, name }, index) => (
            <Card
              key={key}
              size="small"
              title={`Người liên hệ ${index + 1}`}
              style={{ marginBottom: 16 }}
              extra={
                <Button
                  type="text"
                  danger
                  icon={<DeleteOutlined />}
                  aria-label={`Xóa người liên hệ ${index + 1}`}
                  onClick={() => remove(name)}
                />
              }
            >
              <Row gutter={16}>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={[name, 'name']}
                    label="Họ tên"
                    rules={[{ required: true, whitespace: true, message: 'Vui lòng nhập họ tên.' }]}
                  >
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[name, 'title']} label="Chức vụ">
                    <Input />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item name={[name, 'phone']} label="Điện thoại">
                    <Input type="tel" />
                  </Form.Item>
                </Col>
                <Col xs={24} md={12}>
                  <Form.Item
                    name={[name, 'email']}
                    label="Email"
                    rules={[{ type: 'email', message: 'Email không hợp lệ.' }]}
                  >
                    <Input type="email" />
                  </Form.Item>
                </Col>
              </Row>
            </Card>
          ))}
          <Button
            type="dashed"
            icon={<PlusOutlined />}
            onClick={() => add({ name: '', title: '', phone: '', email: '' })}
            style={{ marginBottom: 24 }}
          >
            Thêm người liên hệ
          </Button>
        </>
      )}
    </Form.List>
  );
}
