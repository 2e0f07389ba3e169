import {
  Card,
  Checkbox,
  Col,
  DatePicker,
  Form,
  Input,
  InputNumber,
  Row,
  Select,
  Tag,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import type { OrgDto } from '../../../api/registry-orgs-api';
import { CommuneSelect } from './commune-select';
import {
  coordinateRule,
  emailRules,
  maxLength,
  memberSinceRule,
  notBefore,
  phoneRule,
  regCodeRule,
  sectorsOtherRule,
  slugRules,
  statusSinceRule,
  websiteRules,
} from './org-form-rules';
import { DAY_FORMAT } from './org-format';
import {
  ORG_KIND_LABELS,
  ORG_STATUS_LABELS,
  optionsOf,
  SECTOR_LABELS,
  SIZE_CLASS_LABELS,
} from './org-vocabulary';

const KIND_OPTIONS = optionsOf(ORG_KIND_LABELS);
const SECTOR_OPTIONS = optionsOf(SECTOR_LABELS);
const STATUS_OPTIONS = optionsOf(ORG_STATUS_LABELS);
const SIZE_OPTIONS = optionsOf(SIZE_CLASS_LABELS);

const initialSince = (org: OrgDto) => (org.statusSince ? dayjs(org.statusSince) : null);

const datePicker = <DatePicker format={DAY_FORMAT} placeholder="dd/mm/yyyy" style={{ width: '100%' }} />;
const half = { xs: 24, md: 12 };
const third = { xs: 24, md: 8 };
const cardStyle = { marginBottom: 16 };

/** Every field of an organisation, grouped as the paper record is. */
export function OrgFormFields({ org }: { org: OrgDto | null }) {
  const form = Form.useFormInstance();
  const kind = Form.useWatch('kind', form);
  const primary = Form.useWatch('sectorPrimary', form);
  const status = Form.useWatch('status', form);
  const converted = Form.useWatch('convertedToLaw2023', form);
  const statusChanged = org !== null && status !== undefined && status !== org.status;

  return (
    <>
      <Card title="Thông tin đăng ký" style={cardStyle}>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="kind"
              label="Loại hình"
              rules={[{ required: true, message: 'Vui lòng chọn loại hình.' }]}
            >
              <Select options={KIND_OPTIONS} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="regCode"
              label="Mã số HTX / mã số thuế"
              dependencies={['kind']}
              rules={[regCodeRule]}
              extra={kind === 'THT' ? 'Tổ hợp tác có thể để trống.' : undefined}
            >
              <Input autoComplete="off" placeholder="vd. 0101234567" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="name"
              label="Tên đầy đủ"
              rules={[
                { required: true, whitespace: true, message: 'Vui lòng nhập tên tổ chức.' },
                { min: 2, message: 'Tên tổ chức cần ít nhất 2 ký tự.' },
                maxLength(300, 'Tên tổ chức'),
              ]}
            >
              <Input autoComplete="off" placeholder="vd. Hợp tác xã Nông nghiệp Tân Tiến" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item name="shortName" label="Tên viết tắt" rules={[maxLength(120, 'Tên viết tắt')]}>
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="nationalId"
              label="Mã trên hệ thống thông tin quốc gia"
              rules={[maxLength(50, 'Mã trên hệ thống quốc gia')]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="foundedOn" label="Ngày thành lập">
              {datePicker}
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item
              name="registeredOn"
              label="Ngày đăng ký"
              dependencies={['foundedOn']}
              rules={[notBefore('foundedOn', 'Ngày đăng ký không được trước ngày thành lập.')]}
            >
              {datePicker}
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="sizeClass" label="Quy mô">
              <Select options={SIZE_OPTIONS} allowClear placeholder="Chưa xác định" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="registrationAuthority"
              label="Cơ quan đăng ký"
              rules={[maxLength(300, 'Cơ quan đăng ký')]}
            >
              <Input autoComplete="off" placeholder="vd. Phòng Tài chính – Kế hoạch" />
            </Form.Item>
          </Col>
          {org && (
            <Col {...half}>
              <Form.Item
                name="slug"
                label="Đường dẫn trang công khai"
                rules={slugRules}
                extra="Đổi đường dẫn sẽ chuyển trang hồ sơ công khai sang địa chỉ mới."
              >
                <Input prefix="/hop-tac-xa/" autoComplete="off" />
              </Form.Item>
            </Col>
          )}
        </Row>
      </Card>

      <Card title="Địa chỉ" style={cardStyle}>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="communeCode"
              label="Xã, phường (theo đơn vị hành chính mới)"
              extra="Gõ tên xã, phường có dấu hoặc không dấu rồi chọn trong danh sách."
            >
              <CommuneSelect
                initial={
                  org?.communeCode
                    ? {
                        code: org.communeCode,
                        name: org.communeName ?? org.communeCode,
                        provinceName: org.provinceName,
                      }
                    : null
                }
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="street"
              label="Số nhà, đường, thôn"
              rules={[maxLength(300, 'Số nhà, đường, thôn')]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col span={24}>
            <Form.Item
              name="addressOriginal"
              label="Địa chỉ theo hồ sơ gốc"
              rules={[maxLength(500, 'Địa chỉ theo hồ sơ gốc')]}
              extra="Ghi nguyên văn như trên giấy tờ (có thể theo tên xã, huyện trước sắp xếp năm 2025)."
            >
              <Input.TextArea rows={2} maxLength={500} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="latitude"
              label="Vĩ độ (GPS)"
              dependencies={['longitude']}
              rules={[coordinateRule('longitude')]}
            >
              <InputNumber
                min={-90}
                max={90}
                step={0.000001}
                decimalSeparator=","
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="longitude"
              label="Kinh độ (GPS)"
              dependencies={['latitude']}
              rules={[coordinateRule('latitude')]}
            >
              <InputNumber
                min={-180}
                max={180}
                step={0.000001}
                decimalSeparator=","
                style={{ width: '100%' }}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title="Ngành, lĩnh vực" style={cardStyle}>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="sectorPrimary"
              label="Lĩnh vực chính"
              rules={[{ required: true, message: 'Vui lòng chọn lĩnh vực chính.' }]}
            >
              <Select options={SECTOR_OPTIONS} showSearch={{ optionFilterProp: 'label' }} />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="sectorsOther"
              label="Lĩnh vực khác"
              dependencies={['sectorPrimary']}
              rules={[sectorsOtherRule]}
            >
              <Select
                mode="multiple"
                allowClear
                placeholder="Không có"
                options={SECTOR_OPTIONS.filter((o) => o.value !== primary)}
                showSearch={{ optionFilterProp: 'label' }}
              />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title="Người đại diện và liên hệ công khai" style={cardStyle}>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="representativeName"
              label="Họ tên người đại diện theo pháp luật"
              rules={[maxLength(120, 'Họ tên người đại diện')]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="representativeTitle"
              label="Chức danh"
              rules={[maxLength(120, 'Chức danh người đại diện')]}
            >
              <Input autoComplete="off" placeholder="vd. Giám đốc" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="publicPhone" label="Điện thoại" rules={[phoneRule]}>
              <Input autoComplete="off" inputMode="tel" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="publicEmail" label="Email" rules={emailRules('Email công khai')}>
              <Input autoComplete="off" inputMode="email" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="website" label="Website" rules={websiteRules}>
              <Input autoComplete="off" placeholder="https://" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card
        title={
          <>
            Liên hệ nội bộ <Tag>Không công khai</Tag>
          </>
        }
        style={cardStyle}
      >
        <Typography.Paragraph type="secondary">
          Chỉ cán bộ Liên minh thấy các thông tin này; không hiện trên trang công khai hay trong danh bạ.
        </Typography.Paragraph>
        <Row gutter={16}>
          <Col {...third}>
            <Form.Item
              name="privateContactName"
              label="Người liên hệ"
              rules={[maxLength(120, 'Người liên hệ nội bộ')]}
            >
              <Input autoComplete="off" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="privatePhone" label="Điện thoại nội bộ" rules={[phoneRule]}>
              <Input autoComplete="off" inputMode="tel" />
            </Form.Item>
          </Col>
          <Col {...third}>
            <Form.Item name="privateEmail" label="Email nội bộ" rules={emailRules('Email nội bộ')}>
              <Input autoComplete="off" inputMode="email" />
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title="Tình trạng và thành viên Liên minh" style={cardStyle}>
        <Row gutter={16}>
          <Col {...half}>
            <Form.Item
              name="status"
              label="Tình trạng hoạt động"
              rules={[{ required: true, message: 'Vui lòng chọn tình trạng hoạt động.' }]}
            >
              <Select
                options={STATUS_OPTIONS}
                onChange={(next) => {
                  // A new status starts on a new day: the old day would only be refused.
                  if (org) form.setFieldValue('statusSince', next === org.status ? initialSince(org) : null);
                }}
              />
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="statusSince"
              label={statusChanged ? 'Ngày bắt đầu tình trạng mới' : 'Ngày bắt đầu tình trạng hiện tại'}
              dependencies={['status']}
              rules={[statusSinceRule(org)]}
              extra={
                statusChanged
                  ? 'Tình trạng mới được ghi vào lịch sử tình trạng từ ngày này.'
                  : org
                    ? undefined
                    : 'Để trống: lấy ngày đăng ký (hoặc ngày thành lập).'
              }
            >
              {datePicker}
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="convertedToLaw2023"
              valuePropName="checked"
              label="Chuyển đổi theo Luật HTX 2023"
            >
              <Checkbox
                onChange={(event) => {
                  if (!event.target.checked) form.setFieldValue('convertedOn', null);
                }}
              >
                Đã chuyển đổi, tổ chức lại theo Luật Hợp tác xã 2023
              </Checkbox>
            </Form.Item>
          </Col>
          {converted && (
            <Col {...half}>
              <Form.Item name="convertedOn" label="Ngày chuyển đổi">
                {datePicker}
              </Form.Item>
            </Col>
          )}
          <Col {...half}>
            <Form.Item
              name="allianceMemberSince"
              label="Ngày kết nạp vào Liên minh"
              dependencies={['allianceMemberUntil']}
              rules={[memberSinceRule]}
            >
              {datePicker}
            </Form.Item>
          </Col>
          <Col {...half}>
            <Form.Item
              name="allianceMemberUntil"
              label="Ngày rút khỏi Liên minh"
              dependencies={['allianceMemberSince']}
              rules={[notBefore('allianceMemberSince', 'Ngày rút không được trước ngày kết nạp.')]}
            >
              {datePicker}
            </Form.Item>
          </Col>
        </Row>
      </Card>

      <Card title="Ghi chú" style={cardStyle}>
        <Form.Item name="notes" label="Ghi chú nội bộ" rules={[maxLength(5000, 'Ghi chú')]}>
          <Input.TextArea rows={4} maxLength={5000} showCount />
        </Form.Item>
      </Card>
    </>
  );
}
