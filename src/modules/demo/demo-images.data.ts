import type { DemoImageInfo } from './demo.types.ts';

/**
 * The demo illustrations: each key is drawn locally by renderDemoImage (demo-images.ts) as a
 * flat, text-free picture; the alt text says what it shows.
 */
export const DEMO_IMAGE_KEYS = [
  { key: 'ruong-bac-thang', alt: 'Ruộng bậc thang vào mùa lúa chín', caption: 'Ảnh minh họa' },
  { key: 'canh-dong-lua', alt: 'Cánh đồng lúa xanh trải dài dưới nắng sớm', caption: 'Ảnh minh họa' },
  { key: 'doi-che', alt: 'Những đồi chè xanh xếp tầng trên sườn núi', caption: 'Ảnh minh họa' },
  { key: 'nha-kinh-rau', alt: 'Nhà màng trồng rau an toàn với các luống rau xanh', caption: 'Ảnh minh họa' },
  { key: 'vuon-cam', alt: 'Vườn cam trĩu quả vào vụ thu hoạch', caption: 'Ảnh minh họa' },
  { key: 'gio-trai-cay', alt: 'Những giỏ trái cây tươi bày trên bàn', caption: 'Ảnh minh họa' },
  { key: 'hu-mat-ong', alt: 'Các hũ mật ong vàng óng trên nền tổ ong', caption: 'Ảnh minh họa' },
  {
    key: 'gian-hang-hoi-cho',
    alt: 'Dãy gian hàng nông sản có mái che sọc màu tại hội chợ',
    caption: 'Ảnh minh họa',
  },
  { key: 'khu-trung-bay-ocop', alt: 'Kệ trưng bày chai, hộp, hũ sản phẩm đặc sản', caption: 'Ảnh minh họa' },
  {
    key: 'hoi-truong',
    alt: 'Hội trường có sân khấu, bục phát biểu và các hàng ghế',
    caption: 'Ảnh minh họa',
  },
  {
    key: 'lop-tap-huan',
    alt: 'Lớp học với màn chiếu biểu đồ và học viên ngồi theo dãy bàn',
    caption: 'Ảnh minh họa',
  },
  {
    key: 'ao-nuoi-thuy-san',
    alt: 'Các ao nuôi thủy sản có máy quạt nước dưới chân đồi',
    caption: 'Ảnh minh họa',
  },
  {
    key: 'nha-xuong-che-bien',
    alt: 'Nhà xưởng sơ chế, đóng gói với các thùng hàng xếp chồng',
    caption: 'Ảnh minh họa',
  },
  { key: 'xe-van-chuyen', alt: 'Xe tải chở nông sản trên con đường giữa cánh đồng', caption: 'Ảnh minh họa' },
  { key: 'lang-du-lich', alt: 'Những ngôi nhà sàn ven suối dưới chân núi', caption: 'Ảnh minh họa' },
  { key: 'song-nui', alt: 'Dòng sông uốn lượn giữa những dãy núi xanh', caption: 'Ảnh minh họa' },
  { key: 'may-tre-dan', alt: 'Nong, nia và giỏ mây tre đan thủ công', caption: 'Ảnh minh họa' },
  {
    key: 'chuyen-doi-so',
    alt: 'Máy tính xách tay và điện thoại hiển thị biểu đồ, mã QR',
    caption: 'Ảnh minh họa',
  },
  {
    key: 'trao-khen-thuong',
    alt: 'Sân khấu trao thưởng với bục, lẵng hoa và khung bằng khen',
    caption: 'Ảnh minh họa',
  },
  { key: 'vuon-duoc-lieu', alt: 'Luống cây dược liệu trồng dưới tán rừng', caption: 'Ảnh minh họa' },
  { key: 'nguon-von', alt: 'Chồng đồng xu và mầm cây non vươn lên', caption: 'Ảnh minh họa' },
  { key: 'may-gat-dap', alt: 'Máy gặt đập liên hợp trên cánh đồng lúa chín', caption: 'Ảnh minh họa' },
] as const satisfies readonly DemoImageInfo[];

export type DemoImageKey = (typeof DEMO_IMAGE_KEYS)[number]['key'];

/** The catalogue entry of a key, or undefined for an unknown key. */
export function demoImageInfo(key: string): DemoImageInfo | undefined {
  return DEMO_IMAGE_KEYS.find((i) => i.key === key);
}
