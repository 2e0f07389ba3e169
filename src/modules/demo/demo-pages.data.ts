// Static pages, site settings and website links of the demo alliance. The province, the
// alliance's history, its people and phone numbers are invented; the external links are real.

import type { DemoLink, DemoPage, DemoSiteSettings } from './demo.types.ts';
import { body, h2, h3, ol, p, strong, table, ul } from './demo-html.ts';

export const DEMO_PAGES = [
  {
    slug: 'gioi-thieu-chung',
    title: 'Giới thiệu chung',
    position: 1,
    bodyHtml: body(
      p(
        `${strong('Liên minh Hợp tác xã tỉnh Hòa Sơn')} là tổ chức kinh tế – xã hội đại diện cho các hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác, quỹ tín dụng nhân dân và doanh nghiệp thành viên trên địa bàn tỉnh. Liên minh là thành viên của Liên minh Hợp tác xã Việt Nam, hoạt động theo Điều lệ Liên minh Hợp tác xã Việt Nam và quy chế tổ chức, hoạt động do Ban Chấp hành Liên minh tỉnh ban hành.`,
      ),
      p(
        'Liên minh ra đời từ nhu cầu tự nguyện liên kết của chính các hợp tác xã: cùng nhau học hỏi, chia sẻ thị trường, có tiếng nói chung khi làm việc với cơ quan nhà nước và đối tác. Tôn chỉ của Liên minh là lấy lợi ích của thành viên làm trung tâm, hỗ trợ kinh tế tập thể phát triển bền vững, gắn với xây dựng nông thôn mới và nâng cao đời sống người dân.',
      ),
      h2('Một số thông tin chính'),
      table(
        ['Nội dung', 'Thông tin'],
        [
          ['Tên đầy đủ', 'Liên minh Hợp tác xã tỉnh Hòa Sơn'],
          ['Trụ sở', 'Số 25 đường Trần Hưng Đạo, phường Sơn Trung, tỉnh Hòa Sơn'],
          ['Số thành viên', '1.028 tổ chức thành viên'],
          ['Đơn vị trực thuộc', 'Quỹ hỗ trợ phát triển hợp tác xã tỉnh Hòa Sơn'],
        ],
      ),
      p(
        'Trang thông tin điện tử này là kênh chính thức để Liên minh cung cấp tin tức, văn bản, chính sách và tiếp nhận ý kiến phản hồi của thành viên, người dân.',
      ),
    ),
  },
  {
    slug: 'co-cau-to-chuc',
    title: 'Cơ cấu tổ chức',
    position: 2,
    bodyHtml: body(
      p('Bộ máy của Liên minh Hợp tác xã tỉnh Hòa Sơn nhiệm kỳ 2025–2030 gồm:'),
      h2('Cơ quan lãnh đạo'),
      ul(
        `${strong('Đại hội đại biểu thành viên')}: cơ quan lãnh đạo cao nhất, họp thường kỳ 5 năm một lần;`,
        `${strong('Ban Chấp hành')}: 31 ủy viên, lãnh đạo Liên minh giữa hai kỳ đại hội;`,
        `${strong('Ban Thường vụ')}: 9 ủy viên, điều hành công việc giữa hai kỳ họp Ban Chấp hành;`,
        `${strong('Thường trực')}: Chủ tịch và các Phó Chủ tịch;`,
        `${strong('Ủy ban Kiểm tra')}: 5 thành viên, kiểm tra, giám sát việc chấp hành điều lệ, nghị quyết.`,
      ),
      h2('Thường trực Liên minh'),
      table(
        ['Họ và tên', 'Chức vụ', 'Lĩnh vực phụ trách'],
        [
          ['Phạm Quang Vinh', 'Chủ tịch', 'Lãnh đạo chung; tổ chức cán bộ; Quỹ hỗ trợ phát triển hợp tác xã'],
          ['Đỗ Thị Hồng Nhung', 'Phó Chủ tịch', 'Chính sách, pháp luật; kiểm tra; tiếp công dân'],
          ['Lương Văn Khải', 'Phó Chủ tịch', 'Tư vấn, hỗ trợ; xúc tiến thương mại; đào tạo'],
        ],
      ),
      h2('Cơ quan chuyên trách'),
      ul(
        'Văn phòng;',
        'Phòng Kế hoạch – Chính sách;',
        'Phòng Tư vấn – Hỗ trợ;',
        'Phòng Tuyên truyền – Đào tạo.',
      ),
      h3('Đơn vị trực thuộc'),
      p('Quỹ hỗ trợ phát triển hợp tác xã tỉnh Hòa Sơn.'),
      p('Danh sách lãnh đạo, đơn vị trên đây là dữ liệu minh họa của hệ thống.'),
    ),
  },
  {
    slug: 'chuc-nang-nhiem-vu',
    title: 'Chức năng, nhiệm vụ',
    position: 3,
    bodyHtml: body(
      h2('Chức năng'),
      p(
        'Liên minh Hợp tác xã tỉnh có ba chức năng cơ bản: đại diện và bảo vệ quyền, lợi ích hợp pháp của thành viên; hỗ trợ, tư vấn để thành viên phát triển; tham mưu, đề xuất với cấp ủy, chính quyền về chủ trương, chính sách phát triển kinh tế tập thể.',
      ),
      h2('Nhiệm vụ chủ yếu'),
      ol(
        'Tuyên truyền chủ trương của Đảng, chính sách, pháp luật của Nhà nước về kinh tế tập thể; phổ biến giá trị, nguyên tắc hợp tác xã tới thành viên và người dân.',
        'Đại diện thành viên trong quan hệ với cơ quan nhà nước, tổ chức trong và ngoài nước; tiếp nhận, phản ánh kiến nghị, giải quyết vướng mắc của thành viên theo thẩm quyền.',
        'Tham gia xây dựng, góp ý dự thảo văn bản, chương trình, kế hoạch hỗ trợ phát triển kinh tế tập thể của tỉnh.',
        'Tư vấn thành lập mới, tổ chức lại hợp tác xã; hỗ trợ xây dựng phương án sản xuất, kinh doanh, tiếp cận vốn, đất đai, khoa học công nghệ.',
        'Tổ chức đào tạo, bồi dưỡng, tập huấn cho cán bộ quản lý, thành viên và người lao động của hợp tác xã.',
        'Xúc tiến thương mại, kết nối thị trường, hỗ trợ xây dựng chuỗi giá trị và sản phẩm có thương hiệu.',
        'Quản lý, điều hành Quỹ hỗ trợ phát triển hợp tác xã theo quy định.',
        'Kiểm tra, giám sát việc chấp hành điều lệ; tổ chức phong trào thi đua, khen thưởng trong khu vực kinh tế tập thể.',
      ),
      p(
        'Trong mọi hoạt động, Liên minh tôn trọng quyền tự chủ của hợp tác xã, không can thiệp vào công việc nội bộ của thành viên.',
      ),
    ),
  },
  {
    slug: 'lich-su-phat-trien',
    title: 'Lịch sử phát triển',
    position: 4,
    bodyHtml: body(
      p(
        'Lịch sử Liên minh Hợp tác xã tỉnh Hòa Sơn gắn liền với quá trình đổi mới kinh tế tập thể của địa phương, từ những hợp tác xã kiểu cũ sang mô hình hợp tác xã kiểu mới hoạt động theo cơ chế thị trường.',
      ),
      h2('Những mốc chính'),
      table(
        ['Năm', 'Sự kiện'],
        [
          [
            '1997',
            'Thành lập Liên minh Hợp tác xã tỉnh Hòa Sơn; Đại hội lần thứ I với 112 hợp tác xã thành viên.',
          ],
          ['2004', 'Ra mắt Trung tâm tư vấn, hỗ trợ hợp tác xã đầu tiên của tỉnh.'],
          ['2011', 'Thành lập Quỹ hỗ trợ phát triển hợp tác xã tỉnh với vốn điều lệ ban đầu 10 tỷ đồng.'],
          ['2013', 'Triển khai Luật Hợp tác xã năm 2012; hướng dẫn hàng trăm hợp tác xã chuyển đổi.'],
          ['2020', 'Đại hội lần thứ V; khai trương Trang thông tin điện tử của Liên minh.'],
          ['2024', 'Triển khai Luật Hợp tác xã năm 2023; ban hành điều lệ mẫu cho hợp tác xã.'],
          [
            '2025',
            'Hợp nhất với Liên minh Hợp tác xã tỉnh Tây Lâm khi sắp xếp đơn vị hành chính cấp tỉnh; Đại hội nhiệm kỳ 2025–2030.',
          ],
        ],
      ),
      h2('Truyền thống và định hướng'),
      p(
        'Qua gần ba thập kỷ, số hợp tác xã thành viên tăng gấp hơn chín lần. Nhiều thế hệ cán bộ đã gắn bó với Liên minh, góp phần đưa kinh tế tập thể trở thành chỗ dựa của người nông dân, thợ thủ công và tiểu thương trong tỉnh.',
      ),
      p(
        'Giai đoạn tới, Liên minh tập trung nâng cao chất lượng hợp tác xã, phát triển chuỗi giá trị, ứng dụng công nghệ số và thu hút người trẻ tham gia khu vực kinh tế tập thể.',
      ),
      p('Nội dung trang này là dữ liệu minh họa: tỉnh Hòa Sơn và các sự kiện nêu trên là giả định.'),
    ),
  },
] satisfies DemoPage[];

export const DEMO_SITE_SETTINGS = {
  siteTitle: 'Liên minh Hợp tác xã tỉnh Hòa Sơn',
  logoUrl: null,
  address: 'Số 25 đường Trần Hưng Đạo, phường Sơn Trung, tỉnh Hòa Sơn',
  phone: '0200 3 812 345',
  email: 'vanphong@lienminhhtx-hoason.example.vn',
  contacts: [
    {
      name: 'Vũ Thanh Tùng',
      title: 'Chánh Văn phòng',
      phone: '0200 3 812 346',
      email: 'vanphong@lienminhhtx-hoason.example.vn',
    },
    {
      name: 'Nguyễn Thị Lan Phương',
      title: 'Trưởng phòng Kế hoạch – Chính sách',
      phone: '0200 3 812 347',
      email: 'kehoach@lienminhhtx-hoason.example.vn',
    },
    {
      name: 'Bùi Đức Mạnh',
      title: 'Trưởng phòng Tư vấn – Hỗ trợ',
      phone: '0200 3 812 348',
      email: 'tuvan@lienminhhtx-hoason.example.vn',
    },
  ],
} satisfies DemoSiteSettings;

export const DEMO_LINKS = [
  { title: 'Liên minh Hợp tác xã Việt Nam', url: 'https://vca.org.vn', position: 1 },
  { title: 'Cổng Thông tin điện tử Chính phủ', url: 'https://chinhphu.vn', position: 2 },
  { title: 'Bộ Tài chính', url: 'https://mof.gov.vn', position: 3 },
  { title: 'Bộ Nông nghiệp và Môi trường', url: 'https://mae.gov.vn', position: 4 },
  { title: 'Cổng Dịch vụ công quốc gia', url: 'https://dichvucong.gov.vn', position: 5 },
  { title: 'Cơ sở dữ liệu quốc gia về văn bản pháp luật', url: 'https://vbpl.vn', position: 6 },
  { title: 'Cổng Thông tin điện tử tỉnh Hòa Sơn (minh họa)', url: 'https://hoason.example.vn', position: 7 },
  { title: 'Báo Hòa Sơn (minh họa)', url: 'https://baohoason.example.vn', position: 8 },
] satisfies DemoLink[];
