import type { Role } from '../lib/roles';
import { api } from './client';
import type { Page, User } from './types';

export interface UserListParams {
  q?: string;
  role?: string;
  page: number;
  pageSize: number;
}

export interface CreateUserInput {
  email: string;
  fullName: string;
  role: Role;
}

export interface UpdateUserInput {
  fullName?: string;
  role?: Role;
  disabled?: boolean;
}

export const usersKey = (params?: UserListParams) => (params ? ['users', params] : ['users']);

export function listUsers(params: UserListParams, signal?: AbortSignal) {
  return api<Page<User>>('/users', { query: { ...params }, signal });
}

export function createUser(input: CreateUserInput) {
  return api<{ user: User; temporaryPassword: string }>('/users', { method: 'POST', body: input });
}

export function updateUser(id: string, input: UpdateUserInput) {
  return api<User>(`/users/${encodeURIComponent(id)}`, { method: 'PATCH', body: input });
}

export function resetUserPassword(id: string) {
  return api<{ temporaryPassword: string }>(`/users/${encodeURIComponent(id)}/reset-password`, {
    method: 'POST',
  });
}
