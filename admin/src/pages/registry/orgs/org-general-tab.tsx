import { Card, Descriptions, Flex, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { OrgDto } from '../../../api/registry-orgs-api';
import { formatDateTime } from '../../../lib/format';
import { formatDay, formatNumber } from './org-format';
import {
  MEMBERSHIP_LABELS,
  ORG_KIND_LABELS,
  ORG_STATUS_LABELS,
  RATING_GRADE_LABELS,
  SECTOR_LABELS,
  SIZE_CLASS_LABELS,
} from './org-vocabulary';

const EMPTY = <Typography.Text type="secondary">Chưa có</Typography.Text>;
const orEmpty = (value: ReactNode) => (value === null || value === undefined || value === '' ? EMPTY : value);
const columns = { xs: 1, md: 2 };

/** Every field of the record, private contacts apart and marked. */
export function OrgGeneralTab({ org }: { org: OrgDto }) {
  const place = [org.street, org.communeName, org.provinceName].filter(Boolean).join(', ');
  return (
    <Flex vertical gap="middle">
      <Card title="Thông tin đăng ký" size="small">
        <Descriptions
          column={columns}
          items={[
            { label: 'Loại hình', children: ORG_KIND_LABELS[org.kind] },
            { label: 'Tên đầy đủ', children: org.name },
            { label: 'Tên viết tắt', children: orEmpty(org.shortName) },
            { label: 'Mã số HTX / mã số thuế', children: orEmpty(org.regCode) },
            { label: 'Ngày thành lập', children: orEmpty(org.foundedOn && formatDay(org.foundedOn)) },
            { label: 'Ngày đăng ký', children: orEmpty(org.registeredOn && formatDay(org.registeredOn)) },
            { label: 'Cơ quan đăng ký', children: orEmpty(org.registrationAuthority) },
            { label: 'Quy mô', children: orEmpty(org.sizeClass && SIZE_CLASS_LABELS[org.sizeClass]) },
            { label: 'Mã trên hệ thống quốc gia', children: orEmpty(org.nationalId) },
            {
              label: 'Trang công khai',
              children: (
                <Typography.Link href={org.url} target="_blank" rel="noopener">
                  {org.url}
                </Typography.Link>
              ),
            },
          ]}
        />
      </Card>
      <Card title="Địa chỉ và lĩnh vực" size="small">
        <Descriptions
          column={columns}
          items={[
            { label: 'Địa chỉ hiện nay', children: orEmpty(place) },
            { label: 'Mã xã, phường', children: orEmpty(org.communeCode) },
            { label: 'Địa chỉ theo hồ sơ gốc', children: orEmpty(org.addressOriginal), span: 'filled' },
            {
              label: 'Tọa độ GPS',
              children:
                org.latitude !== null && org.longitude !== null
                  ? `${formatNumber(org.latitude)}; ${formatNumber(org.longitude)}`
                  : EMPTY,
            },
            { label: 'Lĩnh vực chính', children: SECTOR_LABELS[org.sectorPrimary] },
            {
              label: 'Lĩnh vực khác',
              children: orEmpty(org.sectorsOther.map((s) => SECTOR_LABELS[s]).join('; ')),
            },
          ]}
        />
      </Card>
      <Card title="Người đại diện và liên hệ công khai" size="small">
        <Descriptions
          column={columns}
          items={[
            { label: 'Người đại diện theo pháp luật', children: orEmpty(org.representativeName) },
            { label: 'Chức danh', children: orEmpty(org.representativeTitle) },
            { label: 'Điện thoại', children: orEmpty(org.publicPhone) },
            { label: 'Email', children: orEmpty(org.publicEmail) },
            {
              label: 'Website',
              children: org.website ? (
                <Typography.Link href={org.website} target="_blank" rel="noopener noreferrer">
                  {org.website}
                </Typography.Link>
              ) : (
                EMPTY
              ),
            },
          ]}
        />
      </Card>
      <Card
        title={
          <>
            Liên hệ nội bộ <Tag>Không công khai</Tag>
          </>
        }
        size="small"
      >
        <Descriptions
          column={columns}
          items={[
            { label: 'Người liên hệ', children: orEmpty(org.privateContactName) },
            { label: 'Điện thoại nội bộ', children: orEmpty(org.privatePhone) },
            { label: 'Email nội bộ', children: orEmpty(org.privateEmail) },
          ]}
        />
      </Card>
      <Card title="Tình trạng và thành viên Liên minh" size="small">
        <Descriptions
          column={columns}
          items={[
            {
              label: 'Tình trạng hoạt động',
              children: `${ORG_STATUS_LABELS[org.status]}${org.statusSince ? ` (từ ${formatDay(org.statusSince)})` : ''}`,
            },
            {
              label: 'Chuyển đổi theo Luật HTX 2023',
              children: org.convertedToLaw2023
                ? `Đã chuyển đổi${org.convertedOn ? ` ngày ${formatDay(org.convertedOn)}` : ''}`
                : 'Chưa chuyển đổi',
            },
            { label: 'Thành viên Liên minh', children: MEMBERSHIP_LABELS[org.membership] },
            {
              label: 'Ngày kết nạp',
              children: orEmpty(org.allianceMemberSince && formatDay(org.allianceMemberSince)),
            },
            {
              label: 'Ngày rút khỏi Liên minh',
              children: orEmpty(org.allianceMemberUntil && formatDay(org.allianceMemberUntil)),
            },
            {
              label: 'Xếp loại gần nhất',
              children: org.latestRating
                ? `${RATING_GRADE_LABELS[org.latestRating.grade]} (năm ${org.latestRating.year}${
                    org.latestRating.score !== null ? `, ${formatNumber(org.latestRating.score)} điểm` : ''
                  })`
                : EMPTY,
            },
          ]}
        />
      </Card>
      <Card title="Ghi chú nội bộ" size="small">
        <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>
          {orEmpty(org.notes)}
        </Typography.Paragraph>
      </Card>
      <Typography.Text type="secondary">
        Nhập vào sổ lúc {formatDateTime(org.createdAt)} · cập nhật lần cuối {formatDateTime(org.updatedAt)} ·
        phiên bản {org.version}
      </Typography.Text>
    </Flex>
  );
}
