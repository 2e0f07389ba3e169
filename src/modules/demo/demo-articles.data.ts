// The demo alliance's news: 40 articles about the fictional province of Hòa Sơn, written for
// this project. Places, cooperatives and people are invented; the national laws and decrees
// cited are real. Year tokens ({{nam}}, {{ky}}, …) are resolved against each article's
// publication date by resolveYearTokens (demo-content.ts).

import type { DemoArticle } from './demo.types.ts';
import { body, figure, h2, h3, p, strong, table, ul } from './demo-html.ts';

export const DEMO_ARTICLES = [
  // ─── Tin hoạt động ─────────────────────────────────────────────────────────────────────────
  {
    slug: 'lien-minh-htx-tinh-hoi-nghi-danh-gia-ket-qua-cong-tac',
    title: 'Liên minh HTX tỉnh {{so_tong_ket}} công tác {{ky}}, triển khai nhiệm vụ {{ky_toi}}',
    summary:
      'Thành lập mới 29 hợp tác xã, vượt 45% kế hoạch, và giải ngân 48,6 tỷ đồng vốn vay ưu đãi là những điểm sáng được ghi nhận tại hội nghị.',
    bodyHtml: body(
      p(
        'Liên minh Hợp tác xã tỉnh Hòa Sơn vừa tổ chức hội nghị {{so_tong_ket}} công tác {{ky}} và triển khai nhiệm vụ {{ky_toi}}. Tới dự có đại diện lãnh đạo UBND tỉnh, các sở, ngành liên quan, Ban Chấp hành Liên minh cùng gần 150 đại biểu là giám đốc hợp tác xã, quỹ tín dụng nhân dân và doanh nghiệp thành viên.',
      ),
      figure(
        'hoi-truong',
        'Hội trường hội nghị với các hàng ghế đại biểu',
        'Quang cảnh hội nghị (ảnh minh họa)',
      ),
      h2('Nhiều chỉ tiêu về đích sớm'),
      p(
        `Báo cáo tại hội nghị cho biết, trong kỳ Liên minh đã phối hợp với các xã, phường tư vấn thành lập mới ${strong('29 hợp tác xã trên kế hoạch 20')}, đạt 145%, cùng 112 tổ hợp tác, đạt 140% kế hoạch. Toàn bộ các hợp tác xã mới ra đời đều được vận động gia nhập Liên minh. Hiện nay trên địa bàn tỉnh có 1.342 hợp tác xã với hơn 186.000 thành viên.`,
      ),
      table(
        ['Chỉ tiêu', 'Kế hoạch', 'Thực hiện', 'Tỷ lệ'],
        [
          ['Hợp tác xã thành lập mới', '20', '29', '145%'],
          ['Tổ hợp tác thành lập mới', '80', '112', '140%'],
          ['Thành viên mới kết nạp vào Liên minh', '25', '31', '124%'],
          ['Lớp đào tạo, bồi dưỡng, tập huấn', '10', '12', '120%'],
          ['Lượt học viên', '600', '734', '122,3%'],
          ['Dư nợ Quỹ hỗ trợ phát triển HTX (tỷ đồng)', '45', '48,6', '108%'],
        ],
        'Một số chỉ tiêu chủ yếu trong kỳ',
      ),
      p(
        'Công tác tuyên truyền tiếp tục được chú trọng. Trang thông tin điện tử của Liên minh đăng tải 412 tin, bài; Liên minh phối hợp với Báo Hòa Sơn và Đài Phát thanh – Truyền hình tỉnh thực hiện 9 phóng sự, chuyên mục giới thiệu mô hình hợp tác xã kiểu mới làm ăn hiệu quả.',
      ),
      h2('Chưa hết những hợp tác xã “chỉ có tên”'),
      p(
        'Hội nghị cũng thẳng thắn nhìn nhận các mặt còn hạn chế. Toàn tỉnh vẫn còn 47 hợp tác xã hoạt động cầm chừng, gần như chỉ tồn tại trên giấy; trình độ quản trị, kế toán ở không ít đơn vị chưa đáp ứng yêu cầu; việc vay vốn ngân hàng còn vướng vì thiếu tài sản bảo đảm.',
      ),
      h3('Nhiệm vụ trọng tâm {{ky_toi}}'),
      ul(
        'Hỗ trợ thành lập mới ít nhất 12 hợp tác xã gắn với sản phẩm chủ lực của từng xã;',
        'Hoàn thành việc hướng dẫn các hợp tác xã còn lại sửa đổi điều lệ theo Luật Hợp tác xã năm 2023;',
        'Mở 6 lớp bồi dưỡng cán bộ quản lý và 4 lớp chuyển đổi số cho hợp tác xã;',
        'Mở rộng cho vay từ Quỹ hỗ trợ phát triển hợp tác xã, ưu tiên dự án chế biến, bảo quản nông sản.',
      ),
      p(
        'Phát biểu chỉ đạo, đại diện lãnh đạo UBND tỉnh đề nghị Liên minh phát huy vai trò cầu nối giữa chính quyền với khu vực kinh tế tập thể, chủ động đề xuất chính sách sát với thực tiễn, nhất là khi các xã, phường đã vận hành mô hình chính quyền địa phương hai cấp.',
      ),
    ),
    categorySlug: 'tin-hoat-dong',
    tags: ['hội nghị', 'kinh tế tập thể', 'kế hoạch'],
    authorLine: 'Tin và ảnh: Minh An',
    featured: true,
    coverImageKey: 'hoi-truong',
    daysAgo: 40,
    time: '08:30',
    status: 'published',
  },
  {
    slug: 'lanh-dao-lien-minh-lam-viec-voi-xa-dong-tam',
    title: 'Lãnh đạo Liên minh HTX tỉnh làm việc với xã Đồng Tâm về phát triển hợp tác xã sau sắp xếp',
    summary:
      'Sau khi sáp nhập ba xã cũ, Đồng Tâm có 14 hợp tác xã; Liên minh cam kết hỗ trợ xã xây dựng vùng lúa chất lượng cao và một hợp tác xã dịch vụ mới.',
    bodyHtml: body(
      p(
        'Đoàn công tác của Liên minh Hợp tác xã tỉnh do Chủ tịch Liên minh làm trưởng đoàn vừa có buổi làm việc với Đảng ủy, UBND xã Đồng Tâm về tình hình kinh tế tập thể trên địa bàn sau khi sắp xếp đơn vị hành chính cấp xã.',
      ),
      p(
        `Xã Đồng Tâm mới được hình thành trên cơ sở ba xã cũ, diện tích tự nhiên hơn 68 km², có ${strong('14 hợp tác xã và 37 tổ hợp tác')}, chủ yếu trong lĩnh vực nông nghiệp. Tổng doanh thu của các hợp tác xã năm trước đạt khoảng 41 tỷ đồng; thu nhập bình quân của lao động thường xuyên khoảng 6,2 triệu đồng/tháng.`,
      ),
      h2('Khó khăn sau hợp nhất'),
      p(
        'Lãnh đạo xã cho biết, nhiều hợp tác xã trước đây hoạt động trong phạm vi một xã cũ, nay trùng lặp ngành nghề, chưa có sự phối hợp. Một số đơn vị chưa cập nhật địa chỉ trụ sở theo tên đơn vị hành chính mới, gây lúng túng khi làm hồ sơ vay vốn, đăng ký sản phẩm.',
      ),
      ul(
        'Ba hợp tác xã dịch vụ nông nghiệp cùng cung ứng vật tư trên một cánh đồng;',
        'Cán bộ quản lý hợp tác xã phần lớn trên 55 tuổi, ngại ứng dụng công nghệ;',
        'Chưa có cơ sở sơ chế, kho bảo quản đủ tiêu chuẩn cho lúa hàng hóa.',
      ),
      h2('Những việc Liên minh sẽ đồng hành'),
      p(
        'Tại buổi làm việc, Chủ tịch Liên minh HTX tỉnh đề nghị xã rà soát lại toàn bộ hợp tác xã, khuyến khích các đơn vị cùng ngành nghề hợp nhất hoặc liên kết theo chuỗi. Liên minh sẽ cử cán bộ hỗ trợ xây dựng phương án thành lập một hợp tác xã dịch vụ tổng hợp, tư vấn hồ sơ vay Quỹ hỗ trợ phát triển hợp tác xã để đầu tư máy sấy và kho chứa, đồng thời ưu tiên suất học cho cán bộ trẻ của xã trong các lớp bồi dưỡng sắp tới.',
      ),
    ),
    categorySlug: 'tin-hoat-dong',
    tags: ['làm việc với địa phương', 'sắp xếp đơn vị hành chính', 'xã Đồng Tâm'],
    authorLine: 'Thu Hà',
    featured: false,
    coverImageKey: 'canh-dong-lua',
    daysAgo: 12,
    time: '15:10',
    status: 'published',
  },
  {
    slug: 'gap-mat-ky-niem-ngay-hop-tac-xa-viet-nam',
    title: 'Gặp mặt kỷ niệm Ngày Hợp tác xã Việt Nam 11/4: tôn vinh những người “giữ lửa” kinh tế tập thể',
    summary:
      'Buổi gặp mặt quy tụ hơn 200 cán bộ, xã viên qua nhiều thời kỳ; 18 tập thể và 25 cá nhân được biểu dương vì có thành tích tiêu biểu.',
    bodyHtml: body(
      p(
        'Hướng tới Ngày Hợp tác xã Việt Nam 11/4, Liên minh Hợp tác xã tỉnh Hòa Sơn tổ chức buổi gặp mặt các thế hệ cán bộ làm công tác kinh tế tập thể, giám đốc hợp tác xã và thành viên tiêu biểu trong toàn tỉnh.',
      ),
      p(
        'Nhiều đại biểu tóc đã bạc là những chủ nhiệm hợp tác xã từ thời bao cấp, từng trải qua giai đoạn hợp tác xã kiểu cũ tan rã rồi chuyển đổi theo luật mới. Câu chuyện của họ được các giám đốc trẻ chăm chú lắng nghe như một bài học về bền bỉ và trách nhiệm với thành viên.',
      ),
      h2('Từ hợp tác xã kiểu cũ đến mô hình kiểu mới'),
      p(
        `Ôn lại chặng đường phát triển, lãnh đạo Liên minh nhấn mạnh: điểm khác biệt lớn nhất của hợp tác xã kiểu mới là ${strong('lấy lợi ích của thành viên làm mục tiêu')}, hoạt động theo cơ chế thị trường, thành viên vừa là người góp vốn, vừa là khách hàng sử dụng dịch vụ. Nhờ đó, nhiều hợp tác xã trong tỉnh đã vươn lên làm chủ chuỗi giá trị, tạo việc làm ổn định cho lao động nông thôn.`,
      ),
      ul(
        '18 tập thể và 25 cá nhân được Liên minh tặng Giấy khen;',
        '6 cán bộ lão thành được tặng hoa tri ân;',
        'Các hợp tác xã trưng bày hơn 60 sản phẩm tiêu biểu ngay tại hội trường.',
      ),
      p(
        'Buổi gặp mặt khép lại bằng lời hẹn của các giám đốc trẻ: tiếp tục học hỏi, đổi mới cách làm để xứng đáng với thế hệ đi trước.',
      ),
    ),
    categorySlug: 'tin-hoat-dong',
    tags: ['Ngày Hợp tác xã Việt Nam', 'gặp mặt', 'biểu dương'],
    authorLine: 'Tin và ảnh: Hoàng Long',
    featured: false,
    coverImageKey: 'trao-khen-thuong',
    daysAgo: 100,
    time: '09:45',
    status: 'published',
  },
  {
    slug: 'kiem-tra-viec-chap-hanh-phap-luat-tai-htx-thanh-vien',
    title: 'Kiểm tra việc chấp hành pháp luật và điều lệ tại 12 hợp tác xã thành viên',
    summary:
      'Đoàn kiểm tra của Liên minh phát hiện một số đơn vị chưa trích lập đủ quỹ và chưa tổ chức đại hội thành viên đúng hạn; các kiến nghị đã được gửi tới từng hợp tác xã.',
    bodyHtml: body(
      p(
        'Thực hiện chương trình kiểm tra, giám sát năm, Ủy ban Kiểm tra Liên minh Hợp tác xã tỉnh vừa hoàn thành đợt kiểm tra việc chấp hành pháp luật về hợp tác xã và điều lệ tại 12 hợp tác xã thành viên thuộc các lĩnh vực nông nghiệp, vận tải và thương mại – dịch vụ.',
      ),
      h2('Nội dung kiểm tra'),
      ul(
        'Tổ chức đại hội thành viên thường niên, bầu và hoạt động của hội đồng quản trị, ban kiểm soát;',
        'Quản lý vốn góp, sổ đăng ký thành viên, phân phối thu nhập;',
        'Chế độ kế toán, báo cáo tài chính và trích lập các quỹ;',
        'Tiến độ sửa đổi, bổ sung điều lệ theo Luật Hợp tác xã số 17/2023/QH15.',
      ),
      h2('Kết quả'),
      table(
        ['Nội dung', 'Số HTX đạt', 'Số HTX còn tồn tại'],
        [
          ['Đại hội thành viên đúng thời hạn', '10', '2'],
          ['Sổ đăng ký thành viên đầy đủ', '9', '3'],
          ['Trích lập quỹ đúng quy định', '8', '4'],
          ['Đã sửa đổi điều lệ theo luật mới', '11', '1'],
        ],
      ),
      p(
        `Nhìn chung, các hợp tác xã được kiểm tra đều hoạt động đúng ngành nghề đăng ký, có trụ sở và bộ máy quản lý ổn định. Tuy vậy, ${strong('4 đơn vị chưa trích lập đủ quỹ đầu tư phát triển')}, 3 đơn vị ghi chép sổ thành viên sơ sài, chưa cập nhật vốn góp khi thành viên ra, vào.`,
      ),
      p(
        'Đoàn đã gửi văn bản kiến nghị tới từng hợp tác xã, yêu cầu khắc phục trong thời hạn 60 ngày và báo cáo kết quả về Liên minh. Cán bộ của Phòng Kế hoạch – Chính sách sẽ trực tiếp hướng dẫn các đơn vị còn lúng túng về nghiệp vụ.',
      ),
    ),
    categorySlug: 'tin-hoat-dong',
    tags: ['kiểm tra, giám sát', 'điều lệ hợp tác xã', 'Luật Hợp tác xã 2023'],
    authorLine: 'Ủy ban Kiểm tra Liên minh HTX tỉnh',
    featured: false,
    coverImageKey: 'nha-xuong-che-bien',
    daysAgo: 58,
    time: '10:00',
    status: 'published',
  },
  {
    slug: 'tiep-cong-dan-va-giai-quyet-don-thu-quy-qua',
    title: 'Tiếp công dân, giải quyết đơn thư: 100% vụ việc thuộc thẩm quyền được xử lý đúng hạn',
    summary:
      'Trong quý, Liên minh tiếp 9 lượt công dân, nhận 6 đơn kiến nghị, chủ yếu liên quan đến việc trả lại vốn góp khi thành viên ra khỏi hợp tác xã.',
    bodyHtml: body(
      p(
        'Theo báo cáo của Văn phòng Liên minh Hợp tác xã tỉnh, trong quý vừa qua cơ quan đã tổ chức tiếp 9 lượt công dân, tiếp nhận 6 đơn kiến nghị, phản ánh. Không có đơn khiếu nại đông người hoặc vượt cấp.',
      ),
      h2('Nội dung chủ yếu'),
      ul(
        'Bốn đơn đề nghị xem xét việc trả lại vốn góp khi thành viên xin ra khỏi hợp tác xã;',
        'Một đơn phản ánh việc hợp tác xã chậm chia lãi theo mức độ sử dụng dịch vụ;',
        'Một đơn hỏi về thủ tục chuyển đổi tổ hợp tác thành hợp tác xã.',
      ),
      p(
        `Đối với các đơn thuộc thẩm quyền, Liên minh đã cử cán bộ làm việc trực tiếp với hợp tác xã và người có đơn, đối chiếu điều lệ, nghị quyết đại hội thành viên để giải thích, hòa giải. ${strong('Cả 6 vụ việc đều được trả lời bằng văn bản trong thời hạn')}; hai trường hợp hợp tác xã đã thống nhất lộ trình hoàn trả vốn góp cho thành viên.`,
      ),
      h2('Lịch tiếp công dân'),
      p(
        'Lãnh đạo Liên minh tiếp công dân định kỳ vào sáng thứ Năm tuần thứ hai hằng tháng tại trụ sở cơ quan. Ngoài thời gian trên, người dân có thể gửi kiến nghị qua mục Phản hồi trên trang thông tin điện tử này hoặc qua đường bưu điện.',
      ),
    ),
    categorySlug: 'tin-hoat-dong',
    tags: ['tiếp công dân', 'đơn thư', 'vốn góp'],
    authorLine: 'Văn phòng Liên minh HTX tỉnh',
    featured: false,
    daysAgo: 165,
    time: '16:20',
    status: 'published',
  },
  {
    slug: 'cap-nhat-dia-chi-htx-theo-don-vi-hanh-chinh-moi',
    title: 'Cập nhật địa chỉ của hơn 1.300 hợp tác xã theo đơn vị hành chính mới',
    summary:
      'Liên minh HTX tỉnh đã đối chiếu dữ liệu cũ với danh mục xã, phường mới, giữ nguyên địa chỉ gốc để tra cứu và giúp hợp tác xã thuận lợi khi làm thủ tục.',
    bodyHtml: body(
      p(
        'Từ ngày 01/7/2025, cả nước không còn cấp huyện, nhiều xã, phường được sắp xếp lại. Trên địa bàn tỉnh Hòa Sơn, số đơn vị hành chính cấp xã giảm từ 211 xuống còn 96. Sự thay đổi này khiến địa chỉ trong hồ sơ của phần lớn hợp tác xã, tổ hợp tác không còn khớp với tên gọi hiện hành.',
      ),
      figure(
        'song-nui',
        'Dòng sông uốn lượn giữa những dãy núi xanh',
        'Một góc miền núi tỉnh Hòa Sơn (ảnh minh họa)',
      ),
      h2('Đối chiếu từng địa chỉ'),
      p(
        `Phòng Kế hoạch – Chính sách của Liên minh đã rà soát toàn bộ cơ sở dữ liệu, ${strong('đối chiếu 1.342 hợp tác xã và 2.615 tổ hợp tác')} với danh mục xã, phường mới. Mỗi bản ghi được gán mã đơn vị hành chính mới, đồng thời lưu nguyên văn địa chỉ cũ để tra cứu, đối chiếu với các giấy tờ đã cấp trước đây.`,
      ),
      ul(
        '1.196 hợp tác xã được chuyển đổi địa chỉ tự động, không có nhầm lẫn;',
        '131 trường hợp thôn, bản bị chia về hai xã khác nhau, cán bộ phải xác minh trực tiếp;',
        '15 hợp tác xã có địa chỉ ghi thiếu, đang liên hệ để bổ sung.',
      ),
      h2('Hợp tác xã cần làm gì?'),
      p(
        'Liên minh khuyến nghị các hợp tác xã kiểm tra lại địa chỉ trụ sở trên con dấu, biển hiệu, hóa đơn và hợp đồng; khi có nhu cầu thay đổi thông tin đăng ký, liên hệ cơ quan đăng ký hợp tác xã để được hướng dẫn. Cán bộ Liên minh sẵn sàng hỗ trợ miễn phí các đơn vị chưa quen thủ tục trực tuyến.',
      ),
    ),
    categorySlug: 'tin-hoat-dong',
    tags: ['sắp xếp đơn vị hành chính', 'dữ liệu hợp tác xã', 'chuyển đổi số'],
    authorLine: 'Phương Thảo',
    featured: false,
    coverImageKey: 'song-nui',
    daysAgo: 175,
    time: '14:00',
    status: 'published',
  },
  {
    slug: 'hoi-nghi-doi-thoai-giua-lanh-dao-tinh-va-hop-tac-xa',
    title: 'Sắp diễn ra hội nghị đối thoại giữa lãnh đạo tỉnh với hợp tác xã, tổ hợp tác',
    summary:
      'Hội nghị dành thời gian nghe hợp tác xã nêu vướng mắc về đất đai, tín dụng, thủ tục; câu hỏi có thể gửi trước qua trang thông tin điện tử của Liên minh.',
    bodyHtml: body(
      p(
        'UBND tỉnh giao Liên minh Hợp tác xã tỉnh chủ trì, phối hợp với Sở Tài chính, Sở Nông nghiệp và Môi trường tổ chức hội nghị đối thoại giữa lãnh đạo tỉnh với đại diện hợp tác xã, tổ hợp tác trên địa bàn.',
      ),
      h2('Những nhóm vấn đề sẽ được trao đổi'),
      ul(
        'Thuê đất, giao đất để xây dựng nhà sơ chế, kho bảo quản;',
        'Tiếp cận vốn vay ưu đãi và bảo lãnh tín dụng cho hợp tác xã;',
        'Thủ tục hỗ trợ theo Nghị định số 113/2024/NĐ-CP;',
        'Liên kết tiêu thụ sản phẩm với doanh nghiệp, siêu thị.',
      ),
      p(
        `Để hội nghị đi vào thực chất, ${strong('Liên minh đề nghị các hợp tác xã gửi câu hỏi trước')} qua mục Phản hồi trên trang thông tin điện tử hoặc nộp tại Văn phòng Liên minh. Câu hỏi được tổng hợp theo nhóm và chuyển tới các sở, ngành chuẩn bị nội dung trả lời.`,
      ),
      p(
        'Mỗi xã, phường được mời ít nhất hai đại diện hợp tác xã; ưu tiên các đơn vị mới thành lập và hợp tác xã do phụ nữ, thanh niên làm giám đốc.',
      ),
    ),
    categorySlug: 'tin-hoat-dong',
    tags: ['đối thoại', 'hợp tác xã', 'chính sách hỗ trợ'],
    authorLine: 'Văn phòng Liên minh HTX tỉnh',
    featured: false,
    coverImageKey: 'hoi-truong',
    daysAgo: -3,
    time: '07:30',
    status: 'published',
  },

  // ─── Tin từ các đơn vị ─────────────────────────────────────────────────────────────────────
  {
    slug: 'htx-nong-nghiep-dong-tam-dai-hoi-thanh-vien-thuong-nien',
    title: 'HTX Nông nghiệp Đồng Tâm đại hội thành viên thường niên, thông qua điều lệ mới',
    summary:
      'Doanh thu năm qua đạt 7,8 tỷ đồng, lãi sau thuế 640 triệu đồng; đại hội thống nhất mở thêm dịch vụ sấy lúa và bao tiêu sản phẩm cho thành viên.',
    bodyHtml: body(
      p(
        'Hợp tác xã Nông nghiệp Đồng Tâm vừa tổ chức đại hội thành viên thường niên với sự tham dự của 186 trên tổng số 241 thành viên chính thức, vượt tỷ lệ tối thiểu theo điều lệ.',
      ),
      h2('Kết quả sản xuất, kinh doanh'),
      table(
        ['Chỉ tiêu', 'Năm trước', 'Năm báo cáo'],
        [
          ['Doanh thu (tỷ đồng)', '6,1', '7,8'],
          ['Lợi nhuận sau thuế (triệu đồng)', '410', '640'],
          ['Diện tích làm dịch vụ làm đất, gieo cấy (ha)', '520', '610'],
          ['Sản lượng lúa bao tiêu (tấn)', '1.150', '1.480'],
        ],
      ),
      p(
        `Theo báo cáo của hội đồng quản trị, nhờ cung ứng giống, phân bón trả chậm và bao tiêu đầu ra, ${strong('mỗi héc-ta lúa của thành viên giảm được khoảng 2,3 triệu đồng chi phí')} so với tự mua bán lẻ. Phần lãi phân phối theo mức độ sử dụng dịch vụ chiếm 70% lợi nhuận sau khi trích quỹ.`,
      ),
      h2('Thông qua điều lệ sửa đổi'),
      p(
        'Đại hội biểu quyết thông qua điều lệ sửa đổi, bổ sung theo Luật Hợp tác xã năm 2023, trong đó lần đầu quy định thành viên liên kết góp vốn và chính sách đối với thành viên liên kết không góp vốn là các hộ thuê dịch vụ làm đất.',
      ),
      ul(
        'Đầu tư hệ thống sấy lúa công suất 30 tấn/mẻ;',
        'Mở rộng vùng lúa chất lượng cao lên 250 ha;',
        'Xây dựng mã vùng trồng và truy xuất nguồn gốc bằng mã QR.',
      ),
    ),
    categorySlug: 'tin-tu-cac-don-vi',
    tags: ['đại hội thành viên', 'HTX Nông nghiệp Đồng Tâm', 'điều lệ'],
    authorLine: 'HTX Nông nghiệp Đồng Tâm',
    featured: false,
    coverImageKey: 'ruong-bac-thang',
    daysAgo: 33,
    time: '11:15',
    status: 'published',
  },
  {
    slug: 'to-hop-tac-nuoi-ong-suoi-mo-len-hop-tac-xa',
    title: 'Từ tổ hợp tác nuôi ong Suối Mơ đến hợp tác xã có sản phẩm mật ong đạt chuẩn',
    summary:
      'Sau bốn năm hoạt động, 11 hộ nuôi ong đã cùng nhau thành lập hợp tác xã, đầu tư xưởng lọc mật và xây dựng nhãn hiệu riêng.',
    bodyHtml: body(
      p(
        'Nằm sâu trong thung lũng, thôn Suối Mơ có nhiều rừng keo, vải và cây dại nở hoa quanh năm, điều kiện lý tưởng để nuôi ong lấy mật. Trước đây, mỗi hộ nuôi vài chục đàn, tự khai thác, tự bán cho thương lái với giá bấp bênh.',
      ),
      figure('hu-mat-ong', 'Các hũ mật ong vàng óng trên nền tổ ong', 'Mật ong Suối Mơ (ảnh minh họa)'),
      h2('Góp đàn ong, góp cả niềm tin'),
      p(
        `Cách đây bốn năm, 11 hộ thành lập Tổ hợp tác nuôi ong Suối Mơ, thống nhất quy trình chăm sóc, thời điểm quay mật. Khi sản lượng tăng, tổ gặp khó vì không đủ tư cách pháp nhân để ký hợp đồng lớn. Được Liên minh HTX tỉnh tư vấn, ${strong('tổ đã chuyển thành hợp tác xã với 16 thành viên chính thức')} và vốn điều lệ 1,2 tỷ đồng.`,
      ),
      h3('Những thay đổi sau khi lên hợp tác xã'),
      ul(
        'Tổng đàn ong tăng từ 640 lên 1.150 đàn;',
        'Xây xưởng lọc, hạ thủy phần và đóng chai đạt điều kiện an toàn thực phẩm;',
        'Sản phẩm có tem truy xuất nguồn gốc, bán qua 14 cửa hàng đặc sản trong và ngoài tỉnh.',
      ),
      p(
        'Giám đốc hợp tác xã chia sẻ, cái được lớn nhất không chỉ là giá bán cao hơn mà là các hộ đã quen làm ăn có ghi chép, có kế hoạch. Hợp tác xã đang hoàn thiện hồ sơ đề nghị đánh giá, phân hạng sản phẩm OCOP.',
      ),
    ),
    categorySlug: 'tin-tu-cac-don-vi',
    tags: ['nuôi ong', 'tổ hợp tác', 'thành lập hợp tác xã'],
    authorLine: 'Tin và ảnh: Ngọc Mai',
    sourceName: 'Báo Hòa Sơn',
    sourceUrl: 'https://baohoason.example.vn/kinh-te/mat-ong-suoi-mo',
    featured: false,
    coverImageKey: 'hu-mat-ong',
    daysAgo: 88,
    time: '08:05',
    status: 'published',
  },
  {
    slug: 'htx-dich-vu-tong-hop-tan-lap-mo-rong-thu-gom-rac',
    title: 'HTX Dịch vụ tổng hợp Tân Lập mở rộng dịch vụ thu gom rác thải ra ba xã lân cận',
    summary:
      'Với 4 xe chuyên dụng và 22 lao động, hợp tác xã đang thu gom khoảng 18 tấn rác mỗi ngày, góp phần giữ sạch môi trường nông thôn.',
    bodyHtml: body(
      p(
        'Khởi đầu từ dịch vụ điện, nước sinh hoạt cho một xã, Hợp tác xã Dịch vụ tổng hợp Tân Lập nay đã trở thành đơn vị thu gom rác thải sinh hoạt cho bốn xã với gần 9.600 hộ dân.',
      ),
      p(
        `Để mở rộng địa bàn, hợp tác xã vay 1,5 tỷ đồng từ Quỹ hỗ trợ phát triển hợp tác xã tỉnh, đầu tư thêm hai xe ép rác. ${strong('Lịch thu gom được thông báo qua nhóm Zalo của từng thôn')}, người dân có thể phản ánh ngay khi rác tồn đọng.`,
      ),
      h2('Hiệu quả bước đầu'),
      ul(
        'Tỷ lệ hộ đăng ký sử dụng dịch vụ đạt 92%;',
        'Tạo việc làm ổn định cho 22 lao động địa phương, thu nhập bình quân 7 triệu đồng/tháng;',
        'Các điểm tập kết rác tự phát ven đường liên xã cơ bản được xóa bỏ.',
      ),
      p(
        'Thời gian tới, hợp tác xã phối hợp với các chi hội phụ nữ hướng dẫn người dân phân loại rác hữu cơ để ủ phân bón cho vườn cây, giảm lượng rác phải vận chuyển đi xử lý.',
      ),
    ),
    categorySlug: 'tin-tu-cac-don-vi',
    tags: ['môi trường', 'dịch vụ tổng hợp', 'HTX Tân Lập'],
    authorLine: 'HTX Dịch vụ tổng hợp Tân Lập',
    featured: false,
    coverImageKey: 'xe-van-chuyen',
    daysAgo: 120,
    time: '13:40',
    status: 'published',
  },
  {
    slug: 'quy-tin-dung-nhan-dan-an-hoa-dai-hoi-thanh-vien',
    title: 'Quỹ tín dụng nhân dân An Hòa: dư nợ tăng 12%, nợ xấu dưới 1%',
    summary:
      'Đại hội thành viên thường niên của Quỹ ghi nhận tổng nguồn vốn đạt 312 tỷ đồng, hơn 4.100 thành viên được vay vốn phát triển sản xuất.',
    bodyHtml: body(
      p(
        'Quỹ tín dụng nhân dân An Hòa vừa tổ chức đại hội thành viên thường niên. Trong năm, Quỹ giữ vững hoạt động an toàn, hiệu quả dù lãi suất thị trường có nhiều biến động.',
      ),
      h2('Các chỉ tiêu chính'),
      table(
        ['Chỉ tiêu', 'Kết quả', 'So với năm trước'],
        [
          ['Tổng nguồn vốn', '312 tỷ đồng', 'tăng 9,8%'],
          ['Dư nợ cho vay', '268 tỷ đồng', 'tăng 12%'],
          ['Tỷ lệ nợ xấu', '0,74%', 'giảm 0,2 điểm %'],
          ['Số thành viên', '4.126', 'tăng 215'],
        ],
      ),
      p(
        `Phần lớn dư nợ tập trung cho vay trồng cây ăn quả, chăn nuôi và kinh doanh nhỏ. ${strong('Quỹ tiếp tục giữ mức lãi suất cho vay thấp hơn bình quân khu vực')}, đồng thời dành một gói vốn riêng cho thành viên là hộ trẻ mới lập nghiệp.`,
      ),
      p(
        'Đại hội đã bầu bổ sung một thành viên hội đồng quản trị và thông qua kế hoạch tăng cường ứng dụng ngân hàng số, cho phép thành viên kiểm tra số dư, trả nợ qua điện thoại.',
      ),
      h2('Định hướng năm tới'),
      ul(
        'Tăng dư nợ khoảng 10%, ưu tiên vốn cho sản xuất nông nghiệp;',
        'Giữ tỷ lệ nợ xấu dưới 1%;',
        'Kết nạp thêm ít nhất 200 thành viên mới.',
      ),
    ),
    categorySlug: 'tin-tu-cac-don-vi',
    tags: ['quỹ tín dụng nhân dân', 'tín dụng', 'đại hội thành viên'],
    authorLine: 'Quỹ TDND An Hòa',
    featured: false,
    coverImageKey: 'nguon-von',
    daysAgo: 142,
    time: '10:30',
    status: 'published',
  },
  {
    slug: 'htx-may-tre-dan-phu-lam-nhan-don-hang-xuat-khau',
    title: 'HTX Mây tre đan Phú Lâm nhận đơn hàng xuất khẩu 40.000 sản phẩm',
    summary:
      'Đơn hàng giỏ, khay mây tre đan đi châu Âu giúp khoảng 150 lao động nữ có việc làm ổn định trong ba tháng cuối năm.',
    bodyHtml: body(
      p(
        'Hợp tác xã Mây tre đan Phú Lâm vừa ký hợp đồng cung cấp 40.000 sản phẩm giỏ, khay, hộp đựng đồ cho một doanh nghiệp xuất khẩu, giao hàng theo ba đợt.',
      ),
      p(
        `Để đáp ứng yêu cầu của khách hàng, hợp tác xã đã tổ chức lại sản xuất: ${strong('nguyên liệu được sơ chế tập trung')}, thành viên nhận hàng về đan tại nhà theo mẫu thống nhất, sau đó hoàn thiện, sấy chống mốc và đóng gói tại xưởng.`,
      ),
      ul(
        'Khoảng 150 lao động, phần lớn là phụ nữ, tham gia đơn hàng;',
        'Thu nhập dự kiến 4–6 triệu đồng/người/tháng;',
        'Hợp tác xã đề nghị Liên minh hỗ trợ một lớp tập huấn kỹ thuật xử lý nguyên liệu.',
      ),
      p('Bài viết do hợp tác xã gửi, đang chờ biên tập viên duyệt.'),
    ),
    categorySlug: 'tin-tu-cac-don-vi',
    tags: ['mây tre đan', 'xuất khẩu', 'việc làm'],
    authorLine: 'HTX Mây tre đan Phú Lâm',
    featured: false,
    coverImageKey: 'may-tre-dan',
    daysAgo: 2,
    time: '17:25',
    status: 'submitted',
  },
  // ─── Kinh tế tập thể ───────────────────────────────────────────────────────────────────────
  {
    slug: 'thanh-lap-moi-29-hop-tac-xa-vuot-ke-hoach',
    title: 'Thành lập mới 29/20 hợp tác xã, đạt 145% kế hoạch',
    summary:
      'Phần lớn hợp tác xã mới hoạt động trong nông nghiệp, gắn với sản phẩm chủ lực của từng xã; 100% được kết nạp làm thành viên Liên minh.',
    bodyHtml: body(
      p(
        `Tính đến cuối kỳ báo cáo ({{ky}}), toàn tỉnh Hòa Sơn thành lập mới ${strong('29 hợp tác xã trên kế hoạch 20')}, đạt 145%, và 112 tổ hợp tác. Đây là mức tăng cao nhất trong ba năm gần đây, phản ánh hiệu quả của việc tuyên truyền Luật Hợp tác xã năm 2023 tới từng thôn, bản.`,
      ),
      figure(
        'ruong-bac-thang',
        'Ruộng bậc thang vào mùa lúa chín',
        'Vùng lúa của một hợp tác xã mới thành lập (ảnh minh họa)',
      ),
      h2('Cơ cấu theo lĩnh vực'),
      table(
        ['Lĩnh vực', 'Số HTX mới', 'Số thành viên', 'Vốn điều lệ (tỷ đồng)'],
        [
          ['Nông nghiệp', '19', '412', '18,7'],
          ['Thương mại – dịch vụ', '4', '63', '5,2'],
          ['Công nghiệp – tiểu thủ công nghiệp', '3', '41', '3,9'],
          ['Du lịch cộng đồng', '2', '27', '2,1'],
          ['Môi trường', '1', '9', '0,8'],
          ['Tổng cộng', '29', '552', '30,7'],
        ],
      ),
      p(
        'Điểm đáng chú ý là các hợp tác xã mới đều có phương án sản xuất, kinh doanh cụ thể, nhiều đơn vị được hình thành từ tổ hợp tác đã hoạt động ổn định vài năm. Bình quân mỗi hợp tác xã có 19 thành viên, cao hơn mức tối thiểu 5 thành viên chính thức theo luật.',
      ),
      h2('Cách làm của Liên minh'),
      ul(
        'Cán bộ Liên minh “cắm” tại xã, cùng nhóm sáng lập xây dựng điều lệ, phương án kinh doanh;',
        'Hỗ trợ miễn phí hồ sơ đăng ký và con dấu cho hợp tác xã thành lập mới;',
        'Kết nối ngay với doanh nghiệp thu mua hoặc kênh phân phối trước khi đi vào hoạt động.',
      ),
      p(
        'Liên minh xác định không chạy theo số lượng: hợp tác xã nào thành lập mới cũng được theo dõi trong 12 tháng đầu để kịp thời tháo gỡ khó khăn, tránh tình trạng “thành lập rồi để đó”.',
      ),
    ),
    categorySlug: 'kinh-te-tap-the',
    tags: ['thành lập hợp tác xã', 'phát triển thành viên', 'kế hoạch'],
    authorLine: 'Phòng Kế hoạch – Chính sách',
    featured: true,
    coverImageKey: 'ruong-bac-thang',
    daysAgo: 20,
    time: '09:00',
    status: 'published',
  },
  {
    slug: 'quy-ho-tro-phat-trien-htx-giai-ngan-du-an-kho-lanh',
    title: 'Quỹ hỗ trợ phát triển HTX cho vay 2,4 tỷ đồng xây kho lạnh bảo quản nông sản',
    summary:
      'Dự án của HTX Chế biến nông sản Hồng Phong có tổng vốn 3 tỷ đồng; Quỹ cho vay 80% với thời hạn 5 năm, lãi suất ưu đãi.',
    bodyHtml: body(
      p(
        `Quỹ hỗ trợ phát triển hợp tác xã tỉnh Hòa Sơn vừa giải ngân ${strong('2,4 tỷ đồng')} cho Hợp tác xã Chế biến nông sản Hồng Phong để xây dựng kho lạnh 300 tấn và dây chuyền sơ chế rau quả.`,
      ),
      figure(
        'nguon-von',
        'Chồng đồng xu và mầm cây non vươn lên',
        'Vốn ưu đãi giúp hợp tác xã mở rộng sản xuất (ảnh minh họa)',
      ),
      h2('Thẩm định kỹ, giải ngân nhanh'),
      p(
        'Dự án có tổng mức đầu tư 3 tỷ đồng. Sau khi thẩm định thực địa, đánh giá phương án tiêu thụ và khả năng trả nợ, Quỹ quyết định cho vay 80% tổng vốn, thời hạn 5 năm, ân hạn gốc 12 tháng đầu. Từ khi nhận đủ hồ sơ đến khi giải ngân mất 21 ngày làm việc.',
      ),
      p(
        'Có kho lạnh, hợp tác xã có thể thu mua rau, quả của thành viên vào chính vụ, bảo quản và bán ra khi giá tốt hơn, thay vì phải bán tháo như trước.',
      ),
      h2('Hoạt động cho vay từ đầu năm {{nam}}'),
      table(
        ['Lĩnh vực', 'Số dự án', 'Số tiền cho vay (tỷ đồng)'],
        [
          ['Chế biến, bảo quản nông sản', '5', '9,6'],
          ['Trồng trọt ứng dụng công nghệ cao', '4', '6,1'],
          ['Chăn nuôi, thủy sản', '3', '3,8'],
          ['Dịch vụ môi trường, vận tải', '2', '2,0'],
          ['Tổng cộng', '14', '21,5'],
        ],
      ),
      p('Hợp tác xã có nhu cầu vay vốn cần chuẩn bị:'),
      ul(
        'Phương án sản xuất, kinh doanh hoặc dự án đầu tư có hiệu quả;',
        'Báo cáo tài chính hai năm gần nhất (với hợp tác xã đã hoạt động);',
        'Nghị quyết của đại hội thành viên hoặc hội đồng quản trị về việc vay vốn;',
        'Tài sản bảo đảm hoặc tài sản hình thành từ vốn vay theo quy chế của Quỹ.',
      ),
    ),
    categorySlug: 'kinh-te-tap-the',
    tags: ['Quỹ hỗ trợ phát triển HTX', 'vốn vay', 'kho lạnh'],
    authorLine: 'Quang Huy',
    featured: true,
    coverImageKey: 'nguon-von',
    daysAgo: 5,
    time: '10:15',
    status: 'published',
  },
  {
    slug: 'chuoi-lien-ket-rau-an-toan-thanh-xuyen',
    title: 'Chuỗi liên kết rau an toàn Thanh Xuyên: mỗi ngày 6 tấn rau vào bếp ăn trường học',
    summary:
      'HTX Rau an toàn Thanh Xuyên liên kết với 86 hộ và một doanh nghiệp suất ăn, bảo đảm đầu ra ổn định cho 42 ha rau đạt chuẩn VietGAP.',
    bodyHtml: body(
      p(
        'Ở xã Thanh Xuyên, những dãy nhà màng trắng nối nhau bên cánh đồng đã trở thành hình ảnh quen thuộc. Đó là vùng sản xuất của Hợp tác xã Rau an toàn Thanh Xuyên, mắt xích trung tâm trong chuỗi liên kết rau sạch lớn nhất tỉnh.',
      ),
      figure(
        'nha-kinh-rau',
        'Nhà màng trồng rau an toàn với các luống rau xanh',
        'Nhà màng của HTX Rau an toàn Thanh Xuyên (ảnh minh họa)',
      ),
      h2('Ba bên cùng có lợi'),
      p(
        `Hợp tác xã ký hợp đồng bao tiêu với 86 hộ thành viên và liên kết, cung ứng giống, phân hữu cơ, hướng dẫn quy trình VietGAP. Sản phẩm được sơ chế tại xưởng của hợp tác xã rồi giao cho một doanh nghiệp cung cấp suất ăn cho 37 trường học. ${strong('Giá thu mua được chốt theo quý')}, giúp người trồng yên tâm sản xuất.`,
      ),
      table(
        ['Chỉ tiêu', 'Số liệu'],
        [
          ['Diện tích rau đạt VietGAP', '42 ha'],
          ['Nhà màng, nhà lưới', '7,5 ha'],
          ['Sản lượng tiêu thụ qua chuỗi', 'khoảng 2.100 tấn/năm'],
          ['Thu nhập bình quân hộ thành viên', '185 triệu đồng/năm'],
        ],
      ),
      h3('Bài học từ Thanh Xuyên'),
      ul(
        'Hợp đồng rõ ràng về số lượng, chất lượng, giá và trách nhiệm khi vi phạm;',
        'Ghi chép nhật ký sản xuất điện tử, mỗi lô rau đều truy xuất được nguồn gốc;',
        'Hợp tác xã giữ vai trò “nhạc trưởng”, không để hộ nào phải tự đi tìm đầu ra.',
      ),
      p(
        'Liên minh HTX tỉnh đang phối hợp với ngành nông nghiệp xây dựng thêm hai chuỗi liên kết theo mô hình này tại các xã vùng ven đô.',
      ),
    ),
    categorySlug: 'kinh-te-tap-the',
    tags: ['chuỗi liên kết', 'rau an toàn', 'VietGAP'],
    authorLine: 'Tin và ảnh: Lan Anh',
    sourceName: 'Báo Hòa Sơn',
    sourceUrl: 'https://baohoason.example.vn/nong-nghiep/chuoi-rau-thanh-xuyen',
    featured: false,
    coverImageKey: 'nha-kinh-rau',
    daysAgo: 27,
    time: '07:50',
    status: 'published',
  },
  {
    slug: 'htx-che-cao-son-nang-gia-tri-doi-che',
    title: 'HTX Chè Cao Sơn nâng giá trị đồi chè nhờ chế biến sâu và câu chuyện sản phẩm',
    summary:
      'Từ bán chè búp tươi, hợp tác xã đã có 4 dòng chè khô, trong đó 2 sản phẩm đạt OCOP 4 sao, giá trị thu trên mỗi héc-ta tăng gần gấp đôi.',
    bodyHtml: body(
      p(
        'Trên những sườn đồi của xã Cao Sơn, cây chè đã gắn bó với người dân hàng chục năm. Nhưng phải đến khi Hợp tác xã Chè Cao Sơn được thành lập, cây chè mới thực sự trở thành cây làm giàu.',
      ),
      figure(
        'doi-che',
        'Những đồi chè xanh xếp tầng trên sườn núi',
        'Vùng chè nguyên liệu của HTX Chè Cao Sơn (ảnh minh họa)',
      ),
      h2('Không bán búp tươi giá rẻ'),
      p(
        `Trước đây, người trồng chè chủ yếu bán búp tươi cho cơ sở thu mua với giá 8.000–10.000 đồng/kg. Hợp tác xã đầu tư lò sao, máy vò và phòng đóng gói, ${strong('chế biến chè khô theo từng phẩm cấp')}: chè búp, chè móc câu, chè xanh ướp hoa nhài. Giá trị thu về trên mỗi héc-ta tăng từ khoảng 90 triệu lên 170 triệu đồng mỗi năm.`,
      ),
      h2('Kể câu chuyện của vùng chè'),
      p(
        'Bao bì sản phẩm in hình đồi chè, kèm tấm thiệp nhỏ kể về nghề làm chè của đồng bào địa phương. Hợp tác xã còn đón khách tham quan, trải nghiệm hái và sao chè vào cuối tuần.',
      ),
      ul(
        '58 thành viên, 96 ha chè nguyên liệu;',
        '2 sản phẩm đạt OCOP 4 sao, 2 sản phẩm đạt 3 sao;',
        'Doanh thu năm qua khoảng 11,4 tỷ đồng.',
      ),
    ),
    categorySlug: 'kinh-te-tap-the',
    tags: ['chè', 'OCOP', 'chế biến sâu'],
    authorLine: 'Văn Khánh',
    featured: false,
    coverImageKey: 'doi-che',
    daysAgo: 52,
    time: '08:20',
    status: 'published',
  },
  {
    slug: 'htx-thuy-san-vinh-an-nuoi-tom-tuan-hoan',
    title: 'HTX Thủy sản Vĩnh An áp dụng nuôi tuần hoàn, giảm 40% lượng nước thay',
    summary:
      'Mô hình ao nuôi có hệ thống lắng lọc và quạt nước giúp hạn chế dịch bệnh, giảm chi phí, sản lượng đạt 26 tấn/ha/vụ.',
    bodyHtml: body(
      p(
        'Hợp tác xã Thủy sản Vĩnh An có 24 thành viên với gần 30 ha mặt nước. Từ hai năm nay, hợp tác xã chuyển một phần diện tích sang nuôi theo quy trình tuần hoàn, tái sử dụng nước.',
      ),
      h2('Quy trình khép kín'),
      p(
        `Nước từ ao nuôi được dẫn qua ao lắng, ao xử lý sinh học rồi quay trở lại. Hệ thống quạt nước chạy theo lịch để bảo đảm ô-xy hòa tan. ${strong('Lượng nước phải thay giảm khoảng 40%')}, nguy cơ mầm bệnh từ nguồn nước bên ngoài giảm rõ rệt.`,
      ),
      table(
        ['Chỉ tiêu', 'Nuôi truyền thống', 'Nuôi tuần hoàn'],
        [
          ['Năng suất (tấn/ha/vụ)', '14', '26'],
          ['Tỷ lệ hao hụt', '35%', '18%'],
          ['Chi phí điện, nước trên 1 kg', '100%', '78%'],
        ],
      ),
      p('Để nhân rộng mô hình, hợp tác xã kiến nghị:'),
      ul(
        'Hỗ trợ lãi suất cho thành viên đầu tư lót bạt, hệ thống lọc;',
        'Tập huấn kỹ thuật quản lý môi trường ao nuôi cho lao động trẻ;',
        'Kết nối với doanh nghiệp chế biến để ký hợp đồng tiêu thụ dài hạn.',
      ),
    ),
    categorySlug: 'kinh-te-tap-the',
    tags: ['thủy sản', 'nuôi tuần hoàn', 'HTX Vĩnh An'],
    authorLine: 'Hoàng Long',
    featured: false,
    coverImageKey: 'ao-nuoi-thuy-san',
    daysAgo: 66,
    time: '14:35',
    status: 'published',
  },
  {
    slug: 'htx-du-lich-cong-dong-ban-khe',
    title: 'Hợp tác xã du lịch cộng đồng Bản Khe: giữ nếp nhà sàn, mở lối sinh kế',
    summary:
      '12 hộ đồng bào cải tạo nhà sàn đón khách lưu trú, tổ chức trải nghiệm nấu ăn, dệt vải; năm qua đón hơn 6.500 lượt khách.',
    bodyHtml: body(
      p(
        'Bản Khe nằm bên con suối nhỏ dưới chân núi, cách trung tâm tỉnh khoảng 40 km. Những nếp nhà sàn gỗ còn khá nguyên vẹn là lợi thế để bà con cùng nhau làm du lịch.',
      ),
      figure(
        'lang-du-lich',
        'Những ngôi nhà sàn ven suối dưới chân núi',
        'Nhà sàn đón khách ở Bản Khe (ảnh minh họa)',
      ),
      h2('Làm du lịch theo cách của hợp tác xã'),
      p(
        `Hợp tác xã Du lịch cộng đồng Bản Khe do 12 hộ góp vốn thành lập. ${strong('Doanh thu từ lưu trú, ăn uống được chia theo mức đóng góp dịch vụ của từng hộ')}, một phần trích vào quỹ chung để giữ gìn cảnh quan, tu sửa đường vào bản.`,
      ),
      ul(
        'Lưu trú tại 8 nhà sàn với khoảng 120 chỗ nghỉ;',
        'Trải nghiệm nấu cơm lam, dệt thổ cẩm, bắt cá suối;',
        'Bán nông sản, đồ thủ công của bà con ngay tại bản.',
      ),
      p(
        'Năm vừa qua, Bản Khe đón hơn 6.500 lượt khách, doanh thu khoảng 2,6 tỷ đồng. Hợp tác xã đang được Liên minh HTX tỉnh hỗ trợ xây dựng trang giới thiệu và hệ thống đặt phòng trực tuyến.',
      ),
    ),
    categorySlug: 'kinh-te-tap-the',
    tags: ['du lịch cộng đồng', 'nhà sàn', 'Bản Khe'],
    authorLine: 'Tin và ảnh: Ngọc Mai',
    featured: false,
    coverImageKey: 'lang-du-lich',
    daysAgo: 95,
    time: '16:00',
    status: 'published',
  },
  {
    slug: 'co-gioi-hoa-dong-bo-tai-htx-nong-nghiep',
    title: 'Cơ giới hóa đồng bộ giúp hợp tác xã nông nghiệp giảm một nửa chi phí thu hoạch',
    summary:
      'Các hợp tác xã có máy gặt đập liên hợp đã thu hoạch dịch vụ hơn 2.300 ha lúa trong vụ qua, giá dịch vụ cho thành viên thấp hơn thị trường 15%.',
    bodyHtml: body(
      p(
        'Vụ lúa vừa qua, 17 hợp tác xã nông nghiệp trong tỉnh đưa vào sử dụng 31 máy gặt đập liên hợp, trong đó 9 máy được đầu tư mới với sự hỗ trợ của Nhà nước và vốn vay ưu đãi.',
      ),
      h2('Từ làm thủ công đến cơ giới hóa'),
      p(
        `Trước đây, thu hoạch một sào lúa cần 3–4 công lao động, trong khi người trẻ ở nông thôn ngày càng ít. ${strong('Dịch vụ gặt đập của hợp tác xã giúp giảm khoảng 50% chi phí')}, rút ngắn thời gian thu hoạch, hạn chế thất thoát khi gặp mưa.`,
      ),
      ul(
        'Diện tích thu hoạch dịch vụ: hơn 2.300 ha;',
        'Giá dịch vụ cho thành viên thấp hơn thị trường khoảng 15%;',
        'Thu nhập của tổ máy bình quân 14 triệu đồng/người/tháng trong vụ.',
      ),
      p(
        'Liên minh HTX tỉnh khuyến nghị các hợp tác xã tính toán kỹ công suất máy so với diện tích phục vụ, liên kết với nhau để điều phối máy giữa các vùng có lịch thời vụ khác nhau.',
      ),
    ),
    categorySlug: 'kinh-te-tap-the',
    tags: ['cơ giới hóa', 'lúa gạo', 'dịch vụ nông nghiệp'],
    authorLine: 'Minh An',
    featured: false,
    coverImageKey: 'may-gat-dap',
    daysAgo: 110,
    time: '09:25',
    status: 'published',
  },
  {
    slug: 'buc-tranh-kinh-te-tap-the-tinh-hoa-son-qua-so-lieu',
    title: 'Bức tranh kinh tế tập thể tỉnh Hòa Sơn qua những con số',
    summary:
      'Toàn tỉnh có 1.342 hợp tác xã, 2.615 tổ hợp tác và 6 liên hiệp hợp tác xã; hơn 60% hợp tác xã hoạt động trong lĩnh vực nông nghiệp.',
    bodyHtml: body(
      p(
        'Số liệu tổng hợp từ cơ sở dữ liệu của Liên minh Hợp tác xã tỉnh cho thấy khu vực kinh tế tập thể của Hòa Sơn tiếp tục tăng cả về số lượng và chất lượng.',
      ),
      h2('Hợp tác xã theo lĩnh vực'),
      table(
        ['Lĩnh vực', 'Số HTX', 'Tỷ trọng'],
        [
          ['Nông nghiệp', '816', '60,8%'],
          ['Thương mại – dịch vụ', '174', '13,0%'],
          ['Công nghiệp – tiểu thủ công nghiệp', '112', '8,3%'],
          ['Vận tải', '58', '4,3%'],
          ['Xây dựng', '41', '3,1%'],
          ['Quỹ tín dụng nhân dân', '18', '1,3%'],
          ['Môi trường, điện, nước', '47', '3,5%'],
          ['Du lịch', '23', '1,7%'],
          ['Khác', '53', '3,9%'],
          ['Tổng cộng', '1.342', '100%'],
        ],
      ),
      h2('Chất lượng hoạt động'),
      p(
        `Trong số hợp tác xã đủ điều kiện đánh giá, ${strong('43% xếp loại tốt và khá')}, 38% trung bình, 19% yếu. Doanh thu bình quân một hợp tác xã đạt khoảng 3,1 tỷ đồng/năm; lãi bình quân khoảng 260 triệu đồng.`,
      ),
      ul(
        'Tổng số thành viên hợp tác xã: hơn 186.000;',
        'Lao động làm việc thường xuyên: khoảng 21.400 người;',
        'Số hợp tác xã tham gia chuỗi liên kết: 214.',
      ),
      p(
        'Các con số trên được cập nhật liên tục trên hệ thống quản lý dữ liệu của Liên minh, phục vụ công tác tham mưu và xây dựng báo cáo định kỳ.',
      ),
    ),
    categorySlug: 'kinh-te-tap-the',
    tags: ['số liệu', 'kinh tế tập thể', 'thống kê'],
    authorLine: 'Phòng Kế hoạch – Chính sách',
    featured: false,
    coverImageKey: 'chuyen-doi-so',
    daysAgo: 160,
    time: '15:45',
    status: 'published',
  },
  {
    slug: 'htx-duoc-lieu-nam-son-trong-cay-duoi-tan-rung',
    title: 'HTX Dược liệu Nậm Sơn trồng cây thuốc dưới tán rừng',
    summary: 'Mô hình trồng sa nhân, ba kích dưới tán rừng giúp người dân có thu nhập mà vẫn giữ được rừng.',
    bodyHtml: body(
      p(
        'Hợp tác xã Dược liệu Nậm Sơn được thành lập với 21 thành viên là hộ nhận khoán bảo vệ rừng. Thay vì phát rừng làm nương, bà con trồng sa nhân, ba kích dưới tán cây.',
      ),
      figure(
        'vuon-duoc-lieu',
        'Luống cây dược liệu trồng dưới tán rừng',
        'Dược liệu dưới tán rừng Nậm Sơn (ảnh minh họa)',
      ),
      p(
        `${strong('Bản nháp')}: phóng viên đang bổ sung số liệu diện tích, sản lượng và ý kiến của thành viên.`,
      ),
      ul(
        'Diện tích: đang xác minh;',
        'Đầu ra: liên kết với một công ty dược;',
        'Kiến nghị: hỗ trợ giống, sân phơi.',
      ),
    ),
    categorySlug: 'kinh-te-tap-the',
    tags: ['dược liệu', 'kinh tế rừng'],
    authorLine: 'Thu Hà',
    featured: false,
    coverImageKey: 'vuon-duoc-lieu',
    daysAgo: 4,
    time: '11:00',
    status: 'draft',
  },
  // ─── Chính sách – Pháp luật ────────────────────────────────────────────────────────────────
  {
    slug: 'hop-tac-xa-sua-doi-dieu-le-theo-luat-2023',
    title: '88% hợp tác xã đã sửa đổi điều lệ theo Luật Hợp tác xã năm 2023',
    summary:
      '1.187 trên 1.342 hợp tác xã đã hoàn thành việc sửa đổi, bổ sung điều lệ; Liên minh tiếp tục hỗ trợ trực tiếp các đơn vị còn lại.',
    bodyHtml: body(
      p(
        'Luật Hợp tác xã số 17/2023/QH15 có hiệu lực từ ngày 01/7/2024. Theo quy định chuyển tiếp, các hợp tác xã thành lập trước thời điểm này phải sửa đổi, bổ sung điều lệ cho phù hợp với luật mới trong thời hạn 18 tháng.',
      ),
      h2('Kết quả rà soát'),
      table(
        ['Tình trạng', 'Số HTX', 'Tỷ lệ'],
        [
          ['Đã sửa đổi điều lệ, thông báo cơ quan đăng ký', '1.187', '88,4%'],
          ['Đang tổ chức đại hội thành viên để thông qua', '96', '7,2%'],
          ['Ngừng hoạt động, đang làm thủ tục giải thể', '59', '4,4%'],
          ['Tổng cộng', '1.342', '100%'],
        ],
      ),
      p(
        `Theo Phòng Kế hoạch – Chính sách của Liên minh, ${strong('khó khăn lớn nhất nằm ở các hợp tác xã quy mô nhỏ')}, cán bộ kiêm nhiệm nhiều việc, chưa nắm chắc những điểm mới của luật như thành viên liên kết, cho vay nội bộ hay phân phối thu nhập theo mức độ sử dụng sản phẩm, dịch vụ.`,
      ),
      h2('Những điểm điều lệ thường phải sửa'),
      ul(
        'Bổ sung quy định về thành viên liên kết góp vốn và liên kết không góp vốn;',
        'Quy định lại tỷ lệ trích lập quỹ chung không chia, quỹ đầu tư phát triển;',
        'Điều kiện, hạn mức cho vay nội bộ (nếu hợp tác xã có hoạt động này);',
        'Cơ cấu tổ chức quản lý theo mô hình đầy đủ hoặc rút gọn.',
      ),
      p(
        'Liên minh đã ban hành điều lệ mẫu kèm hướng dẫn tại Công văn số 214/LMHTX-KHCS và tổ chức các nhóm hỗ trợ lưu động tới từng cụm xã. Hợp tác xã chưa hoàn thành có thể liên hệ Văn phòng Liên minh để được hướng dẫn trực tiếp, không mất phí.',
      ),
    ),
    categorySlug: 'chinh-sach-phap-luat',
    tags: ['Luật Hợp tác xã 2023', 'điều lệ', 'chuyển đổi'],
    authorLine: 'Phòng Kế hoạch – Chính sách',
    featured: true,
    coverImageKey: 'lop-tap-huan',
    daysAgo: 8,
    time: '08:00',
    status: 'published',
  },
  {
    slug: 'nghi-dinh-113-2024-chinh-sach-ho-tro-hop-tac-xa',
    title: 'Nghị định 113/2024/NĐ-CP: những điều hợp tác xã cần biết về chính sách hỗ trợ',
    summary:
      'Nghị định quy định chi tiết một số điều của Luật Hợp tác xã, từ phân loại quy mô đến tiêu chí được hưởng hỗ trợ của Nhà nước.',
    bodyHtml: body(
      p(
        'Ngày 12/9/2024, Chính phủ ban hành Nghị định số 113/2024/NĐ-CP quy định chi tiết một số điều của Luật Hợp tác xã. Nghị định có hiệu lực từ ngày 01/11/2024, gồm 6 chương, 25 điều và phụ lục kèm theo.',
      ),
      h2('Sáu nhóm nội dung chính'),
      ul(
        'Phân loại hợp tác xã theo quy mô (siêu nhỏ, nhỏ, vừa, lớn) trong từng lĩnh vực;',
        'Tiêu chí lựa chọn, đối tượng, nội dung, mức và nguồn kinh phí hỗ trợ tổ hợp tác, hợp tác xã, liên hiệp hợp tác xã;',
        'Điều kiện để hợp tác xã thành lập doanh nghiệp, góp vốn, mua cổ phần;',
        'Điều kiện, mức và giới hạn cho vay nội bộ, cách xử lý rủi ro;',
        'Giao dịch nội bộ và thu nhập từ giao dịch nội bộ;',
        'Xử lý tài sản khi hợp tác xã giải thể, phá sản.',
      ),
      h2('Ai được hưởng hỗ trợ?'),
      p(
        `Để được xem xét hỗ trợ, hợp tác xã phải có giấy chứng nhận đăng ký, ${strong('không trong thời gian chấp hành quyết định xử phạt')} về các hành vi bị nghiêm cấm theo Luật Hợp tác xã, đồng thời đáp ứng thêm một trong các tiêu chí về phát triển thành viên, đào tạo, bồi dưỡng hoặc mức độ cung ứng sản phẩm, dịch vụ cho thành viên theo quy định của Nghị định.`,
      ),
      h3('Lời khuyên của Liên minh'),
      p(
        'Hợp tác xã nên lưu giữ đầy đủ sổ đăng ký thành viên, hồ sơ đào tạo và hợp đồng cung ứng dịch vụ – đây là căn cứ để chứng minh tiêu chí khi đề xuất hỗ trợ. Cán bộ Liên minh sẵn sàng giúp hợp tác xã tự đánh giá trước khi nộp hồ sơ.',
      ),
    ),
    categorySlug: 'chinh-sach-phap-luat',
    tags: ['Nghị định 113/2024/NĐ-CP', 'chính sách hỗ trợ', 'Luật Hợp tác xã 2023'],
    authorLine: 'Phòng Kế hoạch – Chính sách',
    featured: false,
    daysAgo: 60,
    time: '09:10',
    status: 'published',
  },
  {
    slug: 'hoi-dap-ve-thanh-vien-hop-tac-xa-theo-luat-moi',
    title: 'Hỏi – đáp: thành viên hợp tác xã theo Luật Hợp tác xã năm 2023',
    summary:
      'Giải đáp một số câu hỏi thường gặp của bạn đọc về số thành viên tối thiểu, các loại thành viên và tổ hợp tác.',
    bodyHtml: body(
      p(
        'Thời gian qua, Liên minh Hợp tác xã tỉnh nhận được nhiều câu hỏi của bạn đọc về thành viên hợp tác xã theo luật mới. Dưới đây là giải đáp một số câu hỏi thường gặp.',
      ),
      h2('Những câu hỏi thường gặp'),
      h3('Cần ít nhất bao nhiêu người để thành lập hợp tác xã?'),
      p(
        `Theo Luật Hợp tác xã năm 2023, hợp tác xã do ${strong('ít nhất 05 thành viên chính thức')} tự nguyện thành lập. Luật trước đây yêu cầu tối thiểu 07 thành viên, nay số này đã được giảm xuống để thuận lợi hơn cho các nhóm hộ muốn hợp tác.`,
      ),
      h3('Hợp tác xã có những loại thành viên nào?'),
      ul(
        'Thành viên chính thức: góp vốn, sử dụng sản phẩm, dịch vụ hoặc góp sức lao động theo điều lệ;',
        'Thành viên liên kết góp vốn: góp vốn nhưng không trực tiếp tham gia đầy đủ như thành viên chính thức;',
        'Thành viên liên kết không góp vốn: sử dụng sản phẩm, dịch vụ của hợp tác xã mà không góp vốn.',
      ),
      p('Quyền, nghĩa vụ cụ thể của từng loại thành viên do luật và điều lệ hợp tác xã quy định.'),
      h3('Tổ hợp tác có cần đăng ký không?'),
      p(
        'Tổ hợp tác được hình thành trên cơ sở hợp đồng hợp tác của ít nhất 02 thành viên, không có tư cách pháp nhân. Khi hoạt động ổn định, có nhu cầu mở rộng, tổ hợp tác có thể chuyển đổi thành hợp tác xã; Liên minh HTX tỉnh hỗ trợ tư vấn miễn phí thủ tục này.',
      ),
    ),
    categorySlug: 'chinh-sach-phap-luat',
    tags: ['hỏi đáp', 'thành viên hợp tác xã', 'tổ hợp tác'],
    authorLine: 'Ban biên tập',
    featured: false,
    daysAgo: 85,
    time: '10:40',
    status: 'published',
  },
  {
    slug: 'hoa-son-trien-khai-nghi-quyet-20-nq-tw-ve-kinh-te-tap-the',
    title: 'Hòa Sơn đặt mục tiêu 1.700 hợp tác xã vào năm 2030 khi triển khai Nghị quyết 20-NQ/TW',
    summary:
      'Chương trình hành động của tỉnh tập trung vào nâng cao chất lượng hợp tác xã, phát triển chuỗi giá trị và đào tạo đội ngũ quản lý trẻ.',
    bodyHtml: body(
      p(
        'Thực hiện Nghị quyết số 20-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về tiếp tục đổi mới, phát triển và nâng cao hiệu quả kinh tế tập thể trong giai đoạn mới, tỉnh Hòa Sơn đã ban hành chương trình hành động với nhiều mục tiêu cụ thể.',
      ),
      h2('Mục tiêu đến năm 2030'),
      table(
        ['Chỉ tiêu', 'Hiện nay', 'Mục tiêu 2030'],
        [
          ['Số hợp tác xã', '1.342', 'khoảng 1.700'],
          ['Số tổ hợp tác', '2.615', 'khoảng 3.200'],
          ['Liên hiệp hợp tác xã', '6', '10'],
          ['Tỷ lệ HTX xếp loại tốt, khá', '43%', 'trên 60%'],
          ['HTX ứng dụng công nghệ cao, chuyển đổi số', '9%', '25%'],
        ],
      ),
      h2('Những giải pháp trọng tâm'),
      ul(
        'Củng cố, giải thể dứt điểm các hợp tác xã chỉ hoạt động hình thức;',
        'Hỗ trợ hợp tác xã tham gia chuỗi giá trị với sản phẩm chủ lực của tỉnh: lúa chất lượng cao, chè, cam, mật ong, dược liệu;',
        'Thu hút người trẻ có trình độ về làm việc tại hợp tác xã;',
        'Nâng vốn điều lệ của Quỹ hỗ trợ phát triển hợp tác xã.',
      ),
      p(
        `Liên minh Hợp tác xã tỉnh được giao ${strong('chủ trì tuyên truyền, đào tạo và tư vấn thành lập mới')}, đồng thời theo dõi, tổng hợp kết quả thực hiện định kỳ báo cáo Tỉnh ủy, UBND tỉnh.`,
      ),
      p(
        'Theo lãnh đạo Liên minh, điều quan trọng nhất là thay đổi nhận thức: hợp tác xã không phải là hình thức “làm chung, ăn chung” như trước, mà là tổ chức kinh tế do thành viên làm chủ, hoạt động vì lợi ích của chính thành viên.',
      ),
    ),
    categorySlug: 'chinh-sach-phap-luat',
    tags: ['Nghị quyết 20-NQ/TW', 'chương trình hành động', 'mục tiêu 2030'],
    authorLine: 'Minh An',
    featured: false,
    coverImageKey: 'canh-dong-lua',
    daysAgo: 125,
    time: '08:45',
    status: 'published',
  },
  {
    slug: 'bo-tieu-chi-danh-gia-phan-hang-san-pham-ocop',
    title: 'Bộ tiêu chí đánh giá, phân hạng sản phẩm OCOP: hợp tác xã cần chuẩn bị gì?',
    summary:
      'Quyết định 148/QĐ-TTg chấm sản phẩm trên thang 100 điểm ở ba phần; hợp tác xã nên chuẩn bị hồ sơ chất lượng và câu chuyện sản phẩm từ sớm.',
    bodyHtml: body(
      p(
        'Ngày 24/02/2023, Thủ tướng Chính phủ ban hành Quyết định số 148/QĐ-TTg về Bộ tiêu chí và quy trình đánh giá, phân hạng sản phẩm Chương trình mỗi xã một sản phẩm (OCOP), thay thế các quy định trước đó.',
      ),
      h2('Ba phần tiêu chí'),
      table(
        ['Phần', 'Nội dung', 'Điểm tối đa'],
        [
          ['A', 'Sản phẩm và sức mạnh cộng đồng', '40'],
          ['B', 'Khả năng tiếp thị', '25'],
          ['C', 'Chất lượng sản phẩm', '35'],
          ['', 'Tổng cộng', '100'],
        ],
      ),
      p(
        `Căn cứ tổng điểm, sản phẩm được xếp hạng từ 1 đến 5 sao. ${strong('Sản phẩm 3 sao và 4 sao do cấp tỉnh đánh giá, công nhận')}; sản phẩm có tiềm năng 5 sao được đề xuất lên cấp trung ương.`,
      ),
      h2('Lời khuyên cho hợp tác xã'),
      ul(
        'Chuẩn hóa quy trình sản xuất, có hồ sơ công bố chất lượng và kết quả kiểm nghiệm;',
        'Thiết kế bao bì, nhãn mác đầy đủ thông tin, có truy xuất nguồn gốc;',
        'Xây dựng câu chuyện sản phẩm gắn với con người, văn hóa địa phương;',
        'Thể hiện rõ vai trò của cộng đồng: thành viên, lao động địa phương được hưởng lợi.',
      ),
      p(
        'Liên minh Hợp tác xã tỉnh phối hợp với cơ quan thường trực Chương trình OCOP của tỉnh hỗ trợ hợp tác xã hoàn thiện hồ sơ trước mỗi kỳ đánh giá.',
      ),
    ),
    categorySlug: 'chinh-sach-phap-luat',
    tags: ['OCOP', 'Quyết định 148/QĐ-TTg', 'sản phẩm'],
    authorLine: 'Phương Thảo',
    featured: false,
    coverImageKey: 'khu-trung-bay-ocop',
    daysAgo: 148,
    time: '14:20',
    status: 'published',
  },

  // ─── Đào tạo – Tập huấn ────────────────────────────────────────────────────────────────────
  {
    slug: 'boi-duong-can-bo-quan-ly-hop-tac-xa',
    title: 'Bồi dưỡng kiến thức quản trị cho 286 cán bộ quản lý hợp tác xã',
    summary:
      'Bốn lớp bồi dưỡng tổ chức tại bốn cụm xã, tập trung vào quản trị tài chính, xây dựng phương án kinh doanh và Luật Hợp tác xã năm 2023.',
    bodyHtml: body(
      p(
        'Liên minh Hợp tác xã tỉnh phối hợp với cơ sở đào tạo của Liên minh HTX Việt Nam mở 04 lớp bồi dưỡng cho 286 lượt học viên là thành viên hội đồng quản trị, giám đốc, kế toán và kiểm soát viên hợp tác xã.',
      ),
      figure(
        'lop-tap-huan',
        'Lớp học với màn chiếu biểu đồ và học viên ngồi theo dãy bàn',
        'Một lớp bồi dưỡng cán bộ quản lý hợp tác xã (ảnh minh họa)',
      ),
      h2('Học để làm được ngay'),
      p(
        `Thay vì giảng lý thuyết dài, các giảng viên dùng chính số liệu của hợp tác xã trong tỉnh làm bài tập tình huống. ${strong('Học viên tự lập phương án kinh doanh cho đơn vị mình')}, sau đó trình bày và được góp ý trực tiếp.`,
      ),
      ul(
        'Những điểm mới của Luật Hợp tác xã năm 2023 và các văn bản hướng dẫn;',
        'Quản trị tài chính, phân phối thu nhập, trích lập quỹ;',
        'Xây dựng phương án sản xuất, kinh doanh và hồ sơ vay vốn;',
        'Kỹ năng điều hành đại hội thành viên.',
      ),
      table(
        ['Cụm lớp', 'Số học viên', 'Trong đó nữ'],
        [
          ['Phường Sơn Trung', '82', '31'],
          ['Xã Đồng Tâm', '71', '24'],
          ['Xã Cao Sơn', '64', '22'],
          ['Xã Vĩnh An', '69', '27'],
          ['Tổng cộng', '286', '104'],
        ],
      ),
      p('Kết thúc khóa học, 100% học viên được cấp giấy chứng nhận hoàn thành.'),
    ),
    categorySlug: 'dao-tao-tap-huan',
    tags: ['bồi dưỡng', 'cán bộ quản lý', 'quản trị hợp tác xã'],
    authorLine: 'Tin và ảnh: Hoàng Long',
    featured: false,
    coverImageKey: 'lop-tap-huan',
    daysAgo: 15,
    time: '16:30',
    status: 'published',
  },
  {
    slug: 'tap-huan-nghiep-vu-ke-toan-hop-tac-xa',
    title: 'Tập huấn nghiệp vụ kế toán cho 74 kế toán hợp tác xã',
    summary:
      'Lớp tập huấn hướng dẫn ghi chép sổ sách, lập báo cáo tài chính và sử dụng phần mềm kế toán miễn phí dành cho hợp tác xã.',
    bodyHtml: body(
      p(
        'Nhiều hợp tác xã nhỏ hiện vẫn ghi chép sổ sách bằng tay, báo cáo tài chính lập muộn, thiếu chính xác. Để khắc phục, Liên minh Hợp tác xã tỉnh tổ chức lớp tập huấn nghiệp vụ kế toán cho 74 học viên.',
      ),
      h2('Nội dung tập huấn'),
      ul(
        'Chế độ kế toán áp dụng cho hợp tác xã;',
        'Hạch toán vốn góp, giao dịch với thành viên và giao dịch nội bộ;',
        'Lập báo cáo tài chính năm và quyết toán thuế;',
        'Thực hành trên phần mềm kế toán.',
      ),
      p(
        `Điểm mới của lớp học là ${strong('mỗi học viên mang theo sổ sách của đơn vị mình')} để giảng viên chỉ ra lỗi thường gặp và hướng dẫn sửa. Sau lớp học, Liên minh duy trì nhóm hỗ trợ trực tuyến để học viên tiếp tục hỏi đáp.`,
      ),
      p(
        'Nhiều học viên cho biết, lần đầu tiên họ hiểu rõ cách tách bạch giao dịch với thành viên và giao dịch với khách hàng bên ngoài – điều trước đây vẫn làm theo thói quen, dễ sai sót khi quyết toán.',
      ),
    ),
    categorySlug: 'dao-tao-tap-huan',
    tags: ['kế toán', 'tập huấn', 'báo cáo tài chính'],
    authorLine: 'Lan Anh',
    featured: false,
    daysAgo: 45,
    time: '13:15',
    status: 'published',
  },
  {
    slug: 'tham-quan-hoc-tap-mo-hinh-hop-tac-xa-kieu-moi',
    title: 'Đoàn cán bộ hợp tác xã tham quan, học tập mô hình liên kết chuỗi ở tỉnh bạn',
    summary:
      '35 giám đốc hợp tác xã đã tìm hiểu cách tổ chức vùng nguyên liệu, chế biến và bán hàng qua sàn thương mại điện tử của các hợp tác xã tiên tiến.',
    bodyHtml: body(
      p(
        'Liên minh Hợp tác xã tỉnh tổ chức đoàn 35 cán bộ quản lý hợp tác xã đi tham quan, học tập kinh nghiệm tại một số hợp tác xã điển hình trong lĩnh vực nông nghiệp công nghệ cao và chế biến nông sản.',
      ),
      h2('Những điều mắt thấy tai nghe'),
      p(
        `Tại các điểm tham quan, đoàn được giới thiệu cách hợp tác xã ${strong('tổ chức vùng nguyên liệu theo mã số vùng trồng')}, đầu tư dây chuyền sấy lạnh, đóng gói, và bán hàng trực tuyến với đội ngũ nhân viên trẻ.`,
      ),
      ul(
        'Mô hình hợp tác xã góp vốn thành lập doanh nghiệp chế biến;',
        'Cách chia lợi nhuận minh bạch theo mức độ sử dụng dịch vụ;',
        'Hệ thống quản lý thành viên, sản lượng bằng phần mềm.',
      ),
      p(
        'Kết thúc chuyến đi, nhiều giám đốc hợp tác xã đã đăng ký với Liên minh để được hỗ trợ xây dựng dự án tương tự tại địa phương.',
      ),
    ),
    categorySlug: 'dao-tao-tap-huan',
    tags: ['tham quan học tập', 'chuỗi giá trị', 'kinh nghiệm'],
    authorLine: 'Văn Khánh',
    featured: false,
    coverImageKey: 'xe-van-chuyen',
    daysAgo: 70,
    time: '07:40',
    status: 'published',
  },
  {
    slug: 'tap-huan-chuyen-doi-so-ban-hang-truc-tuyen-cho-htx',
    title: 'Tập huấn chuyển đổi số: hợp tác xã học cách bán hàng trực tuyến',
    summary:
      'Ba lớp tập huấn giúp 118 học viên mở gian hàng trên sàn thương mại điện tử, quay video giới thiệu sản phẩm và quản lý đơn hàng bằng điện thoại.',
    bodyHtml: body(
      p(
        'Trong khuôn khổ kế hoạch hỗ trợ chuyển đổi số cho khu vực kinh tế tập thể, Liên minh Hợp tác xã tỉnh mở 03 lớp tập huấn về bán hàng trực tuyến với 118 học viên.',
      ),
      figure(
        'chuyen-doi-so',
        'Máy tính xách tay và điện thoại hiển thị biểu đồ, mã QR',
        'Học viên thực hành quản lý đơn hàng trên điện thoại (ảnh minh họa)',
      ),
      h2('Thực hành ngay trên lớp'),
      ul(
        'Mở gian hàng, đăng sản phẩm lên sàn thương mại điện tử;',
        'Chụp ảnh, quay video ngắn giới thiệu sản phẩm bằng điện thoại;',
        'Tạo mã QR truy xuất nguồn gốc;',
        'Nhận và xử lý đơn hàng, kết nối đơn vị vận chuyển.',
      ),
      p(
        `Ngay trong buổi học, ${strong('42 hợp tác xã đã mở được gian hàng')} và đăng bán những sản phẩm đầu tiên như mật ong, chè, miến dong, cam. Liên minh sẽ tiếp tục hỗ trợ các đơn vị này trong ba tháng để duy trì gian hàng.`,
      ),
      p(
        'Giảng viên lưu ý, bán hàng trực tuyến chỉ bền khi sản phẩm ổn định về chất lượng và hợp tác xã trả lời khách nhanh, giao hàng đúng hẹn; vì vậy mỗi đơn vị nên phân công ít nhất một người chuyên trách.',
      ),
    ),
    categorySlug: 'dao-tao-tap-huan',
    tags: ['chuyển đổi số', 'thương mại điện tử', 'tập huấn'],
    authorLine: 'Tin và ảnh: Phương Thảo',
    featured: false,
    coverImageKey: 'chuyen-doi-so',
    daysAgo: 38,
    time: '15:05',
    status: 'published',
  },
  {
    slug: 'tap-huan-ky-thuat-nuoi-ong-lay-mat',
    title: 'Tập huấn kỹ thuật nuôi ong lấy mật cho thành viên hợp tác xã vùng cao',
    summary: 'Lớp học kéo dài ba ngày, kết hợp lý thuyết với thực hành tại trại ong của HTX Suối Mơ.',
    bodyHtml: body(
      p(
        'Liên minh Hợp tác xã tỉnh phối hợp với HTX Mật ong Suối Mơ tổ chức lớp tập huấn kỹ thuật nuôi ong lấy mật cho 40 học viên đến từ các xã vùng cao.',
      ),
      ul(
        'Chọn giống, chia đàn và phòng bệnh cho ong;',
        'Thời điểm và kỹ thuật quay mật bảo đảm chất lượng;',
        'Bảo quản mật, ghi chép nhật ký để truy xuất nguồn gốc.',
      ),
      p(`${strong('Học viên được thực hành trực tiếp')} tại trại ong của hợp tác xã.`),
    ),
    categorySlug: 'dao-tao-tap-huan',
    tags: ['nuôi ong', 'tập huấn kỹ thuật'],
    authorLine: 'Ngọc Mai',
    featured: false,
    coverImageKey: 'hu-mat-ong',
    daysAgo: 3,
    time: '09:30',
    status: 'submitted',
  },
  // ─── Xúc tiến thương mại – OCOP ────────────────────────────────────────────────────────────
  {
    slug: 'hoi-cho-xuc-tien-thuong-mai-san-pham-hop-tac-xa',
    title: 'Hội chợ sản phẩm hợp tác xã thu hút 38.000 lượt khách, doanh thu hơn 5,2 tỷ đồng',
    summary:
      '120 gian hàng của hợp tác xã, tổ hợp tác và doanh nghiệp thành viên giới thiệu nông sản, đặc sản và sản phẩm OCOP trong 5 ngày.',
    bodyHtml: body(
      p(
        'Hội chợ xúc tiến thương mại sản phẩm OCOP và nông sản hợp tác xã tỉnh Hòa Sơn đã khép lại sau 5 ngày diễn ra tại Quảng trường trung tâm phường Sơn Trung, với 120 gian hàng đến từ khắp các xã, phường trong tỉnh và một số tỉnh bạn.',
      ),
      figure(
        'gian-hang-hoi-cho',
        'Dãy gian hàng nông sản có mái che sọc màu tại hội chợ',
        'Các gian hàng nông sản tại hội chợ (ảnh minh họa)',
      ),
      h2('Kết quả nổi bật'),
      table(
        ['Chỉ tiêu', 'Kết quả'],
        [
          ['Số gian hàng', '120'],
          ['Lượt khách tham quan, mua sắm', 'khoảng 38.000'],
          ['Doanh thu bán lẻ tại hội chợ', 'hơn 5,2 tỷ đồng'],
          ['Biên bản ghi nhớ, hợp đồng tiêu thụ được ký', '27'],
          ['Giá trị hợp đồng dự kiến', 'khoảng 19 tỷ đồng/năm'],
        ],
      ),
      p(
        `Các mặt hàng bán chạy nhất là mật ong, chè, cam, gạo thơm và đồ mây tre đan. ${strong('Khu trưng bày sản phẩm OCOP')} luôn đông khách nhờ có quầy dùng thử và mã QR giới thiệu nguồn gốc.`,
      ),
      h2('Không chỉ bán hàng'),
      ul(
        'Phiên kết nối cung – cầu giữa hợp tác xã với 14 doanh nghiệp phân phối, chuỗi siêu thị;',
        'Hướng dẫn bán hàng qua livestream cho các hợp tác xã trẻ;',
        'Chương trình ẩm thực, văn nghệ của đồng bào các dân tộc.',
      ),
      p(
        'Ban tổ chức đánh giá hội chợ là dịp để hợp tác xã quảng bá thương hiệu, tìm hiểu nhu cầu thị trường và mở rộng mạng lưới khách hàng lâu dài.',
      ),
    ),
    categorySlug: 'xuc-tien-thuong-mai-ocop',
    tags: ['hội chợ', 'xúc tiến thương mại', 'OCOP'],
    authorLine: 'Tin và ảnh: Quang Huy',
    sourceName: 'Đài Phát thanh – Truyền hình Hòa Sơn',
    sourceUrl: 'https://hoasontv.example.vn/tin-tuc/hoi-cho-san-pham-htx',
    featured: true,
    coverImageKey: 'gian-hang-hoi-cho',
    daysAgo: 25,
    time: '18:00',
    status: 'published',
  },
  {
    slug: 'mo-cua-khu-trung-bay-dac-san-san-pham-ocop-cua-htx',
    title: 'Mở cửa khu trưng bày đặc sản, sản phẩm OCOP của hợp tác xã ngay tại trụ sở Liên minh',
    summary:
      'Khu trưng bày rộng 180 m² tại trụ sở Liên minh giới thiệu hơn 200 sản phẩm của 64 hợp tác xã, mở cửa tất cả các ngày trong tuần.',
    bodyHtml: body(
      p(
        'Tầng một trụ sở Liên minh Hợp tác xã tỉnh Hòa Sơn vừa được cải tạo thành nơi trưng bày các sản phẩm OCOP và đặc sản tiêu biểu do hợp tác xã làm ra.',
      ),
      figure(
        'khu-trung-bay-ocop',
        'Kệ trưng bày chai, hộp, hũ sản phẩm đặc sản',
        'Một góc khu trưng bày sản phẩm (ảnh minh họa)',
      ),
      p(
        `Khu trưng bày có diện tích 180 m², giới thiệu ${strong('hơn 200 sản phẩm của 64 hợp tác xã')}, trong đó có 71 sản phẩm đạt OCOP từ 3 sao trở lên. Sản phẩm được sắp xếp theo nhóm: thực phẩm, đồ uống, dược liệu, thủ công mỹ nghệ.`,
      ),
      h2('Nơi kết nối hợp tác xã với khách hàng'),
      ul(
        'Khách có thể mua lẻ hoặc đặt hàng số lượng lớn, giao tận nơi;',
        'Mỗi sản phẩm có mã QR dẫn tới thông tin hợp tác xã sản xuất;',
        'Hợp tác xã thành viên được trưng bày miễn phí, luân phiên theo quý.',
      ),
      p(
        'Khu trưng bày mở cửa từ 7 giờ 30 đến 17 giờ tất cả các ngày, kể cả thứ Bảy và Chủ nhật. Hợp tác xã có nhu cầu đưa sản phẩm vào trưng bày liên hệ Phòng Tư vấn – Hỗ trợ của Liên minh.',
      ),
    ),
    categorySlug: 'xuc-tien-thuong-mai-ocop',
    tags: ['OCOP', 'trưng bày sản phẩm', 'nông sản'],
    authorLine: 'Lan Anh',
    featured: false,
    coverImageKey: 'khu-trung-bay-ocop',
    daysAgo: 55,
    time: '10:20',
    status: 'published',
  },
  {
    slug: 'cam-yen-phu-duoc-bao-ho-nhan-hieu-tap-the',
    title: 'Cam Yên Phú được bảo hộ nhãn hiệu tập thể, hợp tác xã là chủ sở hữu',
    summary:
      'Nhãn hiệu tập thể giúp 230 hộ trồng cam dùng chung một thương hiệu, với quy chế kiểm soát chất lượng do hợp tác xã quản lý.',
    bodyHtml: body(
      p(
        'Sau gần hai năm chuẩn bị hồ sơ, nhãn hiệu tập thể “Cam Yên Phú” đã được cấp văn bằng bảo hộ. Chủ sở hữu nhãn hiệu là Hợp tác xã Cam Yên Phú, đại diện cho 230 hộ trồng cam trên diện tích khoảng 310 ha.',
      ),
      figure(
        'vuon-cam',
        'Vườn cam trĩu quả vào vụ thu hoạch',
        'Vườn cam của thành viên HTX Cam Yên Phú (ảnh minh họa)',
      ),
      h2('Dùng chung thương hiệu, giữ chung chất lượng'),
      p(
        `Hộ muốn dùng nhãn hiệu phải ${strong('tuân thủ quy trình canh tác do hợp tác xã ban hành')}: bón phân hữu cơ, sử dụng thuốc bảo vệ thực vật trong danh mục cho phép, thu hoạch đúng độ chín. Hợp tác xã kiểm tra vườn, cấp tem nhãn theo sản lượng đăng ký.`,
      ),
      ul(
        'Giá bán cam có tem nhãn cao hơn 15–20% so với cam không nhãn;',
        'Ba hệ thống siêu thị đã đặt hàng cho vụ tới;',
        'Hợp tác xã đang lập hồ sơ đánh giá sản phẩm OCOP.',
      ),
      p(
        'Theo Liên minh HTX tỉnh, nhãn hiệu chỉ thực sự có giá trị khi được quản lý chặt; hợp tác xã cần kiên quyết thu hồi quyền sử dụng với những hộ vi phạm quy chế.',
      ),
    ),
    categorySlug: 'xuc-tien-thuong-mai-ocop',
    tags: ['nhãn hiệu tập thể', 'cam', 'sở hữu trí tuệ'],
    authorLine: 'Tin và ảnh: Thu Hà',
    sourceName: 'Báo Hòa Sơn',
    sourceUrl: 'https://baohoason.example.vn/kinh-te/cam-yen-phu-nhan-hieu-tap-the',
    featured: false,
    coverImageKey: 'vuon-cam',
    daysAgo: 80,
    time: '08:10',
    status: 'published',
  },
  {
    slug: 'ket-noi-tieu-thu-nong-san-hop-tac-xa-voi-sieu-thi',
    title: 'Kết nối tiêu thụ: 11 hợp tác xã ký hợp đồng cung ứng nông sản cho chuỗi siêu thị',
    summary:
      'Các hợp đồng có thời hạn một năm, bao gồm rau, quả, gạo và trứng gia cầm, với tổng giá trị ước khoảng 14 tỷ đồng.',
    bodyHtml: body(
      p(
        'Tại hội nghị kết nối cung – cầu do Liên minh Hợp tác xã tỉnh phối hợp với Sở Công Thương tổ chức, 11 hợp tác xã đã ký hợp đồng cung ứng nông sản cho một chuỗi siêu thị có mặt ở nhiều tỉnh, thành phố.',
      ),
      figure(
        'gio-trai-cay',
        'Những giỏ trái cây tươi bày trên bàn',
        'Nông sản của hợp tác xã tại hội nghị kết nối (ảnh minh họa)',
      ),
      h2('Yêu cầu khắt khe, đầu ra ổn định'),
      p(
        `Để vào được siêu thị, sản phẩm phải có chứng nhận an toàn thực phẩm, bao bì đúng quy cách và ${strong('giao hàng đều đặn theo lịch')}. Đổi lại, hợp tác xã có đầu ra ổn định, thanh toán đúng hạn, không còn phụ thuộc vào thương lái.`,
      ),
      table(
        ['Nhóm sản phẩm', 'Số HTX', 'Sản lượng dự kiến/năm'],
        [
          ['Rau an toàn', '4', '1.200 tấn'],
          ['Trái cây', '3', '850 tấn'],
          ['Gạo', '2', '600 tấn'],
          ['Trứng gia cầm', '2', '2,4 triệu quả'],
        ],
      ),
      p('Để giữ được hợp đồng, các hợp tác xã cam kết:'),
      ul(
        'Lập kế hoạch sản xuất theo đơn đặt hàng từng tháng;',
        'Kiểm tra chất lượng trước mỗi chuyến giao hàng;',
        'Báo trước cho siêu thị khi sản lượng có nguy cơ thiếu hụt.',
      ),
      p('Liên minh sẽ theo dõi việc thực hiện hợp đồng và hỗ trợ hợp tác xã giải quyết vướng mắc phát sinh.'),
    ),
    categorySlug: 'xuc-tien-thuong-mai-ocop',
    tags: ['kết nối cung cầu', 'siêu thị', 'tiêu thụ nông sản'],
    authorLine: 'Quang Huy',
    featured: false,
    coverImageKey: 'gio-trai-cay',
    daysAgo: 105,
    time: '11:30',
    status: 'published',
  },
  {
    slug: 'them-san-pham-hop-tac-xa-dat-chuan-ocop',
    title: 'Thêm 9 sản phẩm của hợp tác xã được công nhận đạt chuẩn OCOP',
    summary:
      'Trong đợt đánh giá vừa qua, hợp tác xã có 2 sản phẩm đạt 4 sao và 7 sản phẩm đạt 3 sao, nâng tổng số sản phẩm OCOP của hợp tác xã trong tỉnh lên 71.',
    bodyHtml: body(
      p(
        'Hội đồng đánh giá, phân hạng sản phẩm OCOP cấp tỉnh vừa công bố kết quả đợt đánh giá mới nhất. Trong số 23 sản phẩm được công nhận, có 9 sản phẩm của hợp tác xã.',
      ),
      table(
        ['Sản phẩm', 'Chủ thể', 'Hạng'],
        [
          ['Chè búp Cao Sơn', 'HTX Chè Cao Sơn', '4 sao'],
          ['Mật ong hoa rừng Suối Mơ', 'HTX Mật ong Suối Mơ', '4 sao'],
          ['Gạo thơm Đồng Tâm', 'HTX Nông nghiệp Đồng Tâm', '3 sao'],
          ['Cam Yên Phú', 'HTX Cam Yên Phú', '3 sao'],
          ['Miến dong Tân Lập', 'HTX Dịch vụ tổng hợp Tân Lập', '3 sao'],
          ['Giỏ mây đan tay', 'HTX Mây tre đan Phú Lâm', '3 sao'],
          ['Trà túi lọc ba kích', 'HTX Dược liệu Nậm Sơn', '3 sao'],
          ['Cá suối sấy', 'HTX Du lịch cộng đồng Bản Khe', '3 sao'],
          ['Rau củ sấy giòn', 'HTX Rau an toàn Thanh Xuyên', '3 sao'],
        ],
      ),
      p(
        `Như vậy, ${strong('hợp tác xã hiện là chủ thể của 71 sản phẩm OCOP')}, chiếm gần 40% tổng số sản phẩm OCOP của tỉnh.`,
      ),
      p(
        'Đáng chú ý, nhiều sản phẩm đạt chuẩn lần này đến từ các hợp tác xã mới thành lập trong vài năm gần đây, cho thấy hiệu quả của việc hỗ trợ thiết kế bao bì, công bố chất lượng ngay từ đầu.',
      ),
      h2('Sau công nhận là giữ chất lượng'),
      ul(
        'Duy trì tiêu chuẩn đã cam kết, kiểm nghiệm định kỳ;',
        'Cập nhật thông tin sản phẩm lên hệ thống truy xuất nguồn gốc;',
        'Tham gia các hội chợ, khu trưng bày để mở rộng thị trường.',
      ),
    ),
    categorySlug: 'xuc-tien-thuong-mai-ocop',
    tags: ['OCOP', 'sản phẩm 4 sao', 'công nhận'],
    authorLine: 'Văn Khánh',
    featured: false,
    coverImageKey: 'doi-che',
    daysAgo: 135,
    time: '15:30',
    status: 'published',
  },
  {
    slug: 'moi-hop-tac-xa-dang-ky-tham-gia-hoi-cho-nong-san',
    title: 'Mời hợp tác xã, tổ hợp tác đăng ký tham gia Hội chợ nông sản và sản phẩm OCOP',
    summary:
      'Hợp tác xã thành viên được hỗ trợ gian hàng tiêu chuẩn; hạn đăng ký trong 15 ngày kể từ ngày thông báo.',
    bodyHtml: body(
      p(
        'Liên minh Hợp tác xã tỉnh thông báo tới các hợp tác xã, tổ hợp tác, doanh nghiệp thành viên về việc đăng ký tham gia Hội chợ nông sản và sản phẩm OCOP tỉnh Hòa Sơn.',
      ),
      h2('Điều kiện tham gia'),
      ul(
        'Sản phẩm có nguồn gốc rõ ràng, bảo đảm an toàn thực phẩm;',
        'Ưu tiên sản phẩm OCOP, sản phẩm có nhãn hiệu, chỉ dẫn địa lý;',
        'Đơn vị cam kết tham gia đủ thời gian hội chợ.',
      ),
      p(
        `Hợp tác xã thành viên của Liên minh ${strong('được hỗ trợ 100% chi phí thuê gian hàng tiêu chuẩn')}; tổ hợp tác được hỗ trợ 50%. Hồ sơ đăng ký gửi về Phòng Tư vấn – Hỗ trợ, Liên minh Hợp tác xã tỉnh trong thời hạn 15 ngày kể từ ngày thông báo.`,
      ),
      p(
        'Mẫu đăng ký và thông tin chi tiết có trong Thư viện văn bản trên trang thông tin điện tử của Liên minh. Mọi thắc mắc xin liên hệ Phòng Tư vấn – Hỗ trợ theo số điện thoại 0200 3 812 348.',
      ),
    ),
    categorySlug: 'xuc-tien-thuong-mai-ocop',
    tags: ['thông báo', 'hội chợ', 'đăng ký'],
    authorLine: 'Phòng Tư vấn – Hỗ trợ',
    featured: false,
    coverImageKey: 'gian-hang-hoi-cho',
    daysAgo: -1,
    time: '09:00',
    status: 'published',
  },

  // ─── Thi đua – Khen thưởng ─────────────────────────────────────────────────────────────────
  {
    slug: 'phat-dong-phong-trao-thi-dua-trong-khu-vuc-kinh-te-tap-the',
    title: 'Phát động phong trào thi đua “Hợp tác xã đổi mới, sáng tạo” năm {{nam}}',
    summary:
      'Phong trào hướng tới ba mục tiêu: nâng cao thu nhập thành viên, ứng dụng công nghệ và xây dựng sản phẩm có thương hiệu.',
    bodyHtml: body(
      p(
        'Liên minh Hợp tác xã tỉnh Hòa Sơn phát động phong trào thi đua “Hợp tác xã đổi mới, sáng tạo” năm {{nam}} trong toàn hệ thống, với sự tham gia của các khối thi đua hợp tác xã nông nghiệp, phi nông nghiệp và quỹ tín dụng nhân dân.',
      ),
      h2('Nội dung thi đua'),
      ul(
        'Tăng doanh thu và thu nhập bình quân của thành viên, người lao động;',
        'Ứng dụng khoa học công nghệ, chuyển đổi số trong quản lý, sản xuất, bán hàng;',
        'Xây dựng sản phẩm đạt chuẩn OCOP, có nhãn hiệu, truy xuất nguồn gốc;',
        'Chấp hành tốt pháp luật, điều lệ và chế độ báo cáo.',
      ),
      p(
        `Các khối thi đua ${strong('ký giao ước thi đua ngay tại buổi phát động')}. Cuối năm, Liên minh sẽ tổng kết, lựa chọn tập thể, cá nhân tiêu biểu để khen thưởng hoặc đề nghị cấp trên khen thưởng.`,
      ),
      p(
        'Liên minh đề nghị các khối thi đua gắn phong trào với nhiệm vụ chuyên môn, tránh hình thức; kịp thời phát hiện, biểu dương những cách làm mới ngay trong quá trình thực hiện, không chờ đến cuối năm.',
      ),
    ),
    categorySlug: 'thi-dua-khen-thuong',
    tags: ['phong trào thi đua', 'khối thi đua', 'đổi mới sáng tạo'],
    authorLine: 'Hội đồng Thi đua – Khen thưởng',
    featured: false,
    coverImageKey: 'trao-khen-thuong',
    daysAgo: 170,
    time: '09:15',
    status: 'published',
  },
  {
    slug: 'khen-thuong-tap-the-ca-nhan-tieu-bieu-khu-vuc-kinh-te-tap-the',
    title: 'Khen thưởng 12 tập thể, 19 cá nhân có thành tích xuất sắc trong phát triển kinh tế tập thể',
    summary:
      'Nhiều hợp tác xã được tặng Bằng khen của UBND tỉnh; 5 cá nhân được trao Kỷ niệm chương “Vì sự nghiệp phát triển hợp tác xã Việt Nam”.',
    bodyHtml: body(
      p(
        'Trong khuôn khổ hội nghị tổng kết phong trào thi đua của hệ thống Liên minh, các tập thể, cá nhân có thành tích xuất sắc đã được khen thưởng.',
      ),
      figure(
        'trao-khen-thuong',
        'Sân khấu trao thưởng với bục, lẵng hoa và khung bằng khen',
        'Lễ trao khen thưởng (ảnh minh họa)',
      ),
      table(
        ['Hình thức', 'Tập thể', 'Cá nhân', 'Quyết định'],
        [
          ['Cờ thi đua của UBND tỉnh', '1', '–', 'Số 2140/QĐ-UBND'],
          ['Bằng khen của UBND tỉnh', '4', '6', 'Số 2141/QĐ-UBND'],
          [
            'Kỷ niệm chương “Vì sự nghiệp phát triển hợp tác xã Việt Nam”',
            '–',
            '5',
            'Của Liên minh HTX Việt Nam',
          ],
          ['Giấy khen của Liên minh HTX tỉnh', '7', '8', 'Số 86/QĐ-LMHTX'],
        ],
      ),
      p(
        `Cờ thi đua của UBND tỉnh được trao cho ${strong('HTX Rau an toàn Thanh Xuyên')} – đơn vị dẫn đầu khối hợp tác xã nông nghiệp với chuỗi liên kết rau an toàn cung ứng cho hàng chục trường học.`,
      ),
      h2('Lan tỏa những cách làm hay'),
      p(
        'Phát biểu tại buổi lễ, lãnh đạo Liên minh đề nghị các tập thể, cá nhân được khen thưởng tiếp tục phát huy, chia sẻ kinh nghiệm để nhân rộng mô hình hiệu quả ra toàn tỉnh. Ba việc được nhấn mạnh:',
      ),
      ul(
        'Tổ chức các buổi tham quan tại chính những hợp tác xã được khen thưởng;',
        'Giới thiệu mô hình hay trên Trang thông tin điện tử và Báo Hòa Sơn;',
        'Đưa kinh nghiệm của đơn vị điển hình vào nội dung các lớp bồi dưỡng.',
      ),
    ),
    categorySlug: 'thi-dua-khen-thuong',
    tags: ['khen thưởng', 'Bằng khen', 'Kỷ niệm chương'],
    authorLine: 'Tin và ảnh: Minh An',
    featured: false,
    coverImageKey: 'trao-khen-thuong',
    daysAgo: 92,
    time: '17:10',
    status: 'published',
  },
  {
    slug: 'nu-giam-doc-tre-va-hop-tac-xa-rau-an-toan',
    title: 'Nữ giám đốc 8X và hành trình đưa rau sạch Thanh Xuyên vào trường học',
    summary:
      'Bỏ công việc văn phòng ở thành phố, chị Lê Thu Hương về quê cùng bà con thành lập hợp tác xã, nay là điển hình tiên tiến của tỉnh.',
    bodyHtml: body(
      p(
        'Tốt nghiệp đại học chuyên ngành nông học, chị Lê Thu Hương từng làm việc cho một công ty phân phối thực phẩm. Mỗi lần về quê thấy rau của bà con bị ép giá, chị lại trăn trở.',
      ),
      h2('Bắt đầu từ 5 hộ'),
      p(
        `Chị thuyết phục 5 hộ cùng trồng rau theo quy trình an toàn, tự mình đi chào hàng ở các bếp ăn tập thể. Từ nhóm nhỏ ấy, Hợp tác xã Rau an toàn Thanh Xuyên ra đời, ${strong('nay có 86 hộ thành viên và liên kết')} với 42 ha rau đạt chuẩn VietGAP.`,
      ),
      ul(
        'Đưa nhật ký sản xuất điện tử vào áp dụng cho mọi thành viên;',
        'Ký hợp đồng cung ứng rau cho 37 trường học;',
        'Tạo việc làm thường xuyên cho 35 lao động địa phương.',
      ),
      p(
        'Chia sẻ về bí quyết, chị Hương nói giản dị: “Làm hợp tác xã là làm cho thành viên. Khi bà con thấy mình được lợi thật, họ sẽ cùng mình đi đường dài”.',
      ),
    ),
    categorySlug: 'thi-dua-khen-thuong',
    tags: ['gương điển hình', 'giám đốc trẻ', 'rau an toàn'],
    authorLine: 'Thu Hà',
    featured: false,
    coverImageKey: 'nha-kinh-rau',
    daysAgo: 62,
    time: '19:30',
    status: 'published',
  },
] satisfies DemoArticle[];
