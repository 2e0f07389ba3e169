import { ApiError, api, setCsrfToken } from './client';
import type { Session } from './types';

export const SESSION_KEY = ['session'] as const;

export interface LoginInput {
  email: string;
  password: string;
}

export interface ChangePasswordInput {
  currentPassword: string;
  newPassword: string;
}

function remember(session: Session): Session {
  setCsrfToken(session.csrfToken);
  return session;
}

/** The signed-in session, or null when nobody is signed in. */
export async function fetchSession(signal?: AbortSignal): Promise<Session | null> {
  try {
    return remember(await api<Session>('/auth/me', { signal }));
  } catch (error) {
    if (error instanceof ApiError && error.status === 401) {
      setCsrfToken(null);
      return null;
    }
    throw error;
  }
}

export async function login(input: LoginInput): Promise<Session> {
  return remember(await api<Session>('/auth/login', { method: 'POST', body: input }));
}

export async function logout(): Promise<void> {
  await api<void>('/auth/logout', { method: 'POST' });
  setCsrfToken(null);
}

export async function changePassword(input: ChangePasswordInput): Promise<Session> {
  return remember(await api<Session>('/auth/change-password', { method: 'POST', body: input }));
}
