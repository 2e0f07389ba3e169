// Word lists for the portal benchmark's generated news. Written for this file in the register of
// a provincial cooperative alliance's website; places are real provinces, cooperatives and people
// are invented. Nothing here is taken from the samples.

export const PROVINCES = [
  'Hòa Bình',
  'Thanh Hóa',
  'Nghệ An',
  'Hà Tĩnh',
  'Quảng Trị',
  'Quảng Ngãi',
  'Gia Lai',
  'Đắk Lắk',
  'Lâm Đồng',
  'Khánh Hòa',
  'Đồng Tháp',
  'An Giang',
  'Vĩnh Long',
  'Cà Mau',
  'Tuyên Quang',
  'Lào Cai',
  'Thái Nguyên',
  'Phú Thọ',
  'Bắc Ninh',
  'Hưng Yên',
  'Ninh Bình',
  'Lai Châu',
  'Điện Biên',
  'Sơn La',
] as const;

export const COMMUNES = [
  'xã Tân Lập',
  'xã Phú Xuân',
  'xã Đồng Tiến',
  'xã Yên Bình',
  'xã Thạch Hòa',
  'xã Quỳnh Lâm',
  'xã Mường Khoa',
  'xã Ea Tam',
  'xã Hòa Phú',
  'xã Tam Thanh',
  'xã Bình Minh',
  'xã Nghĩa Đàn',
  'xã Cẩm Thủy',
  'xã Vân Hồ',
  'xã Tân Hưng',
  'xã Long Điền',
  'xã Hưng Đạo',
  'xã Xuân Trường',
  'phường Đông Thọ',
  'phường Quang Trung',
] as const;

export const COOP_KINDS = [
  'Hợp tác xã Nông nghiệp',
  'Hợp tác xã Dịch vụ nông nghiệp',
  'Hợp tác xã Dịch vụ tổng hợp',
  'Hợp tác xã Chăn nuôi',
  'Hợp tác xã Thủy sản',
  'Hợp tác xã Rau an toàn',
  'Hợp tác xã Chè',
  'Hợp tác xã Cà phê',
  'Hợp tác xã Dược liệu',
  'Hợp tác xã Vận tải',
  'Hợp tác xã Môi trường',
  'Hợp tác xã Mây tre đan',
  'Hợp tác xã Du lịch cộng đồng',
  'Hợp tác xã Nước sạch',
] as const;

export const COOP_NAMES = [
  'Thành Công',
  'Đoàn Kết',
  'Hòa Thuận',
  'Tân Phát',
  'Quyết Tiến',
  'Phú Lộc',
  'Bình Minh',
  'Hưng Thịnh',
  'Xuân Lộc',
  'An Khang',
  'Thống Nhất',
  'Thuận Thành',
  'Sao Mai',
  'Đồng Xanh',
  'Ánh Dương',
  'Hợp Nhất',
  'Trường Sơn',
  'Tiên Phong',
  'Phúc Hưng',
  'Nghĩa Hòa',
] as const;

export const PRODUCTS = [
  'gạo hữu cơ',
  'gạo thơm',
  'chè xanh',
  'chè Shan tuyết',
  'bưởi đỏ',
  'cam sành',
  'mật ong bạc hà',
  'nấm linh chi',
  'cà phê Robusta',
  'hạt tiêu',
  'hạt điều rang muối',
  'tôm thẻ chân trắng',
  'cá rô đồng',
  'miến dong',
  'măng khô',
  'thịt lợn đen',
  'gà đồi',
  'rau cải ngọt',
  'dưa lưới',
  'nước mắm truyền thống',
  'chổi đót',
  'giỏ mây tre',
  'chuối tiêu hồng',
  'sâm đất',
  'cao dược liệu',
  'trà hoa vàng',
] as const;

export const PEOPLE = [
  'Nguyễn Văn Hải',
  'Trần Thị Thu Hà',
  'Lê Quang Vinh',
  'Phạm Thị Mai',
  'Hoàng Văn Sơn',
  'Vũ Thị Hồng',
  'Đặng Minh Đức',
  'Bùi Thị Lan Anh',
  'Đỗ Văn Tuấn',
  'Ngô Thị Hạnh',
  'Lò Văn Pọm',
  'Hà Thị Xuân',
  'Y Kriêng Niê',
  'Lương Văn Thắng',
  'Cao Thị Nguyệt',
  'Mai Xuân Trường',
] as const;

export const ROLES = [
  'Giám đốc',
  'Chủ tịch Hội đồng quản trị',
  'Phó Giám đốc',
  'Kế toán trưởng',
  'thành viên',
] as const;

export const ALLIANCE_OFFICIALS = [
  'Chủ tịch Liên minh Hợp tác xã tỉnh',
  'Phó Chủ tịch Liên minh Hợp tác xã tỉnh',
  'Trưởng ban Kiểm tra Liên minh',
  'Chánh Văn phòng Liên minh',
  'Trưởng ban Tuyên truyền và Phát triển thành viên',
] as const;

export const EVENTS = [
  'hội nghị tổng kết công tác',
  'hội nghị sơ kết 6 tháng đầu năm',
  'hội nghị Ban Chấp hành mở rộng',
  'diễn đàn kinh tế tập thể',
  'hội thảo liên kết tiêu thụ nông sản',
  'lễ ký kết chương trình phối hợp',
  'hội chợ sản phẩm hợp tác xã',
  'đoàn công tác khảo sát',
  'buổi đối thoại với hợp tác xã',
  'lớp tập huấn nghiệp vụ kế toán',
  'lớp bồi dưỡng cán bộ quản lý',
  'hội nghị triển khai Luật Hợp tác xã',
] as const;

export const PROGRAMS = [
  'chương trình Mỗi xã một sản phẩm (OCOP)',
  'chương trình mục tiêu quốc gia xây dựng nông thôn mới',
  'đề án chuyển đổi số trong khu vực kinh tế tập thể',
  'kế hoạch phát triển kinh tế tập thể giai đoạn 2021 – 2025',
  'chính sách hỗ trợ đào tạo nguồn nhân lực cho hợp tác xã',
  'chương trình tín dụng ưu đãi của Quỹ hỗ trợ phát triển hợp tác xã',
  'dự án liên kết chuỗi giá trị nông sản',
  'phong trào thi đua xây dựng hợp tác xã kiểu mới',
] as const;

export const TOPICS = [
  'chuyển đổi số',
  'liên kết chuỗi giá trị',
  'truy xuất nguồn gốc',
  'thương mại điện tử',
  'sản xuất theo tiêu chuẩn VietGAP',
  'canh tác hữu cơ',
  'quản trị tài chính',
  'xây dựng nhãn hiệu tập thể',
  'tiếp cận vốn vay',
  'bảo quản sau thu hoạch',
  'du lịch nông nghiệp',
  'cơ giới hóa đồng ruộng',
  'tưới tiết kiệm nước',
  'kinh tế tuần hoàn',
] as const;

export const ACHIEVEMENTS = [
  'mở rộng vùng nguyên liệu lên {n} héc-ta',
  'ký hợp đồng bao tiêu {n} tấn nông sản',
  'đưa {n} sản phẩm lên sàn thương mại điện tử',
  'có thêm {n} sản phẩm đạt chuẩn OCOP',
  'nâng thu nhập thành viên lên {n} triệu đồng mỗi tháng',
  'đầu tư nhà xưởng sơ chế trị giá {n} tỷ đồng',
  'kết nạp thêm {n} thành viên mới',
  'xuất khẩu lô hàng đầu tiên sang thị trường châu Âu',
  'hoàn thành hệ thống tưới nhỏ giọt cho {n} héc-ta',
  'được cấp mã số vùng trồng cho {n} héc-ta',
] as const;

export const HEADINGS = [
  'Kết quả nổi bật',
  'Những con số ấn tượng',
  'Khó khăn còn đó',
  'Hướng đi mới',
  'Liên kết để phát triển bền vững',
  'Nhiệm vụ trọng tâm thời gian tới',
  'Bài học kinh nghiệm',
  'Đổi mới cách làm',
  'Hỗ trợ kịp thời từ Liên minh',
  'Nâng cao năng lực quản trị',
  'Mở rộng thị trường',
  'Kiến nghị, đề xuất',
] as const;

/** Sentence patterns for body paragraphs: {coop} {product} {commune} {province} {person} {n} {topic} {program}. */
export const SENTENCES = [
  'Năm qua, {coop} đã {achievement}, góp phần quan trọng vào việc xây dựng nông thôn mới ở {commune}.',
  'Theo ông {person}, {role} {coop}, điều quan trọng nhất là thành viên được tham gia vào mọi quyết định của hợp tác xã.',
  'Toàn tỉnh {province} hiện có {n} hợp tác xã đang hoạt động, trong đó hơn một nửa hoạt động trong lĩnh vực nông nghiệp.',
  'Doanh thu bình quân của mỗi hợp tác xã đạt khoảng {n} tỷ đồng một năm, tăng rõ rệt so với cùng kỳ.',
  'Liên minh Hợp tác xã tỉnh đã phối hợp với các sở, ngành tổ chức {n} lớp tập huấn về {topic} cho cán bộ hợp tác xã.',
  'Sản phẩm {product} của {coop} đã có mặt tại nhiều siêu thị và cửa hàng tiện lợi trong và ngoài tỉnh.',
  'Thông qua {program}, nhiều hợp tác xã đã tiếp cận được nguồn vốn để đầu tư máy móc, nhà xưởng.',
  'Bà {person} cho biết, trước đây bà con sản xuất nhỏ lẻ, giá cả bấp bênh, nay có hợp tác xã đứng ra bao tiêu nên ai cũng yên tâm.',
  'Để sản phẩm đứng vững trên thị trường, {coop} chú trọng khâu đóng gói, dán tem truy xuất nguồn gốc và xây dựng câu chuyện sản phẩm.',
  'Tuy nhiên, nhiều hợp tác xã vẫn gặp khó khăn về vốn, đất đai và nguồn nhân lực có trình độ quản lý.',
  'Đáng chú ý, tỷ lệ hợp tác xã ứng dụng công nghệ số trong quản lý và bán hàng đã tăng lên {n}%.',
  'Tại {commune}, mô hình {topic} do {coop} triển khai đang được nhiều địa phương đến học tập.',
  'Các đại biểu đã thảo luận, đề xuất nhiều giải pháp nhằm tháo gỡ vướng mắc trong triển khai Luật Hợp tác xã năm 2023.',
  'Thu nhập bình quân của người lao động thường xuyên tại hợp tác xã đạt {n} triệu đồng mỗi tháng.',
  'Trong thời gian tới, Liên minh sẽ tiếp tục đồng hành, hỗ trợ hợp tác xã về tư vấn pháp lý, xúc tiến thương mại và đào tạo.',
  'Nhờ liên kết với doanh nghiệp, đầu ra cho sản phẩm {product} ổn định, giá bán cao hơn thị trường từ {n}% đến 20%.',
  'Hợp tác xã hiện có {n} thành viên, tạo việc làm thường xuyên cho nhiều lao động địa phương, phần lớn là phụ nữ.',
  'Ông {person} chia sẻ, những ngày đầu thành lập, hợp tác xã chỉ có vài thành viên với số vốn góp ít ỏi.',
  'Đến nay, {coop} đã xây dựng được vùng sản xuất tập trung và được cấp giấy chứng nhận VietGAP.',
  'Dịp này, {n} tập thể và cá nhân có thành tích xuất sắc đã được khen thưởng.',
  'Đại diện Sở Nông nghiệp và Môi trường đánh giá cao vai trò cầu nối của Liên minh Hợp tác xã tỉnh {province}.',
  'Hợp tác xã đã mạnh dạn đầu tư hệ thống nhà màng, nhà lưới với tổng kinh phí gần {n} tỷ đồng.',
  'Năm nay, hợp tác xã đặt mục tiêu mở rộng thị trường sang các tỉnh phía Nam và tham gia xuất khẩu.',
  'Các thành viên được hướng dẫn ghi nhật ký sản xuất điện tử, giúp việc truy xuất nguồn gốc trở nên dễ dàng.',
] as const;

export const QUOTES = [
  'Có hợp tác xã, bà con không còn phải lo cảnh được mùa mất giá như trước.',
  'Chúng tôi xác định chất lượng sản phẩm là sống còn, uy tín phải giữ từ từng luống rau.',
  'Chuyển đổi số không còn là chuyện xa vời, mỗi thành viên đều có thể bán hàng qua điện thoại.',
  'Liên minh luôn sẵn sàng đồng hành, lắng nghe và kịp thời tháo gỡ khó khăn cho hợp tác xã.',
  'Thành công của hợp tác xã là nhờ sự đoàn kết và tin tưởng của các thành viên.',
] as const;

export const TASKS = [
  'Tiếp tục tuyên truyền sâu rộng Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn;',
  'Hỗ trợ thành lập mới ít nhất {n} hợp tác xã gắn với sản phẩm chủ lực của địa phương;',
  'Tổ chức các lớp bồi dưỡng về {topic} cho cán bộ quản lý hợp tác xã;',
  'Đẩy mạnh xúc tiến thương mại, kết nối tiêu thụ sản phẩm OCOP;',
  'Mở rộng cho vay từ Quỹ hỗ trợ phát triển hợp tác xã, ưu tiên dự án chế biến sâu;',
  'Phối hợp kiểm tra, hướng dẫn hợp tác xã hoạt động đúng điều lệ;',
  'Nhân rộng các mô hình hợp tác xã kiểu mới làm ăn hiệu quả.',
] as const;

export const TAGS = [
  'hợp tác xã',
  'kinh tế tập thể',
  'OCOP',
  'chuyển đổi số',
  'nông thôn mới',
  'liên kết sản xuất',
  'tập huấn',
  'hội nghị',
  'Luật Hợp tác xã 2023',
  'nông sản',
  'xúc tiến thương mại',
  'VietGAP',
  'hữu cơ',
  'thi đua khen thưởng',
  'vốn vay',
  'thương mại điện tử',
  'du lịch cộng đồng',
  'phụ nữ',
  'thanh niên khởi nghiệp',
  'đồng bào dân tộc thiểu số',
] as const;

export const AUTHORS = [
  'Tin và ảnh: Minh Châu',
  'Bài và ảnh: Thanh Hương',
  'Tin: Văn Phòng Liên minh',
  'Bài: Quốc Tuấn',
  'Tin, ảnh: Thu Trang',
  'Ban Tuyên truyền và Phát triển thành viên',
  'Hồng Nhung',
  'Ngọc Ánh – Đức Long',
] as const;

export const SOURCES = [
  { name: 'Báo Nông thôn Ngày nay', url: 'https://nongthonngaynay.vn' },
  { name: 'Cổng thông tin Liên minh Hợp tác xã Việt Nam', url: 'https://vca.org.vn' },
  { name: 'Đài Phát thanh – Truyền hình tỉnh', url: '' },
  { name: 'Báo Kinh tế hợp tác', url: '' },
] as const;

/** Pictures drawn by the product's demo image renderer; captions written here. */
export const PICTURES = [
  { key: 'hoi-truong', caption: 'Quang cảnh hội nghị' },
  { key: 'lop-tap-huan', caption: 'Học viên tham gia lớp tập huấn' },
  { key: 'canh-dong-lua', caption: 'Cánh đồng lúa của hợp tác xã vào vụ' },
  { key: 'doi-che', caption: 'Vùng chè của các hộ thành viên' },
  { key: 'nha-kinh-rau', caption: 'Rau an toàn trồng trong nhà màng' },
  { key: 'gian-hang-hoi-cho', caption: 'Gian hàng nông sản tại hội chợ' },
  { key: 'khu-trung-bay-ocop', caption: 'Sản phẩm OCOP được trưng bày giới thiệu' },
  { key: 'nha-xuong-che-bien', caption: 'Xưởng sơ chế, đóng gói của hợp tác xã' },
] as const;
