import type { FastifyRequest } from 'fastify';

export function renderErrorHtml(_req: FastifyRequest, status: 404 | 500): string {
  const title = status === 404 ? 'Không tìm thấy trang' : 'Đã có lỗi hệ thống';
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>${title}</title></head><body><h1>${title}</h1></body></html>`;
}
