import type { AppErrorCode } from './errors.ts';

/** The Vietnamese text users read for each error code. */
export const MESSAGES = {
  VALIDATION: 'Dữ liệu chưa hợp lệ, vui lòng kiểm tra các trường được đánh dấu.',
  BAD_REQUEST: 'Yêu cầu không hợp lệ.',
  INVALID_JSON: 'Dữ liệu gửi lên không đúng định dạng JSON.',
  WRONG_PASSWORD: 'Mật khẩu hiện tại không đúng.',
  PASSWORD_REUSED: 'Mật khẩu mới phải khác mật khẩu hiện tại.',
  CANNOT_CHANGE_SELF: 'Bạn không thể khóa hoặc đổi vai trò của chính mình.',
  UNAUTHENTICATED: 'Phiên làm việc đã hết hạn hoặc chưa đăng nhập. Vui lòng đăng nhập lại.',
  INVALID_CREDENTIALS: 'Email hoặc mật khẩu không đúng.',
  FORBIDDEN: 'Bạn không có quyền thực hiện thao tác này.',
  CSRF_INVALID: 'Phiên làm việc không hợp lệ (thiếu mã bảo vệ CSRF). Vui lòng tải lại trang.',
  PASSWORD_CHANGE_REQUIRED: 'Bạn cần đổi mật khẩu trước khi tiếp tục.',
  NOT_FOUND: 'Không tìm thấy nội dung yêu cầu.',
  TENANT_NOT_FOUND: 'Không tìm thấy đơn vị cho tên miền này.',
  USER_NOT_FOUND: 'Không tìm thấy người dùng.',
  METHOD_NOT_ALLOWED: 'Phương thức không được hỗ trợ.',
  EMAIL_TAKEN: 'Email này đã được dùng cho một tài khoản khác.',
  TENANT_CODE_TAKEN: 'Mã đơn vị này đã tồn tại.',
  PAYLOAD_TOO_LARGE: 'Dữ liệu gửi lên quá lớn.',
  UNSUPPORTED_MEDIA_TYPE: 'Định dạng dữ liệu gửi lên không được hỗ trợ.',
  TOO_MANY_REQUESTS: 'Bạn thao tác quá nhanh. Vui lòng thử lại sau ít phút.',
  LOGIN_RATE_LIMITED: 'Có quá nhiều lần đăng nhập từ địa chỉ này. Vui lòng thử lại sau một phút.',
  ACCOUNT_LOCKED: 'Tài khoản tạm khóa do đăng nhập sai nhiều lần. Vui lòng thử lại sau 15 phút.',
  INTERNAL: 'Đã có lỗi hệ thống. Vui lòng thử lại sau.',
  UNAVAILABLE: 'Hệ thống tạm thời không sẵn sàng. Vui lòng thử lại sau.',
} satisfies Record<AppErrorCode, string>;
