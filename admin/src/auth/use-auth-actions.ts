import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { changePassword, login, logout, SESSION_KEY } from '../api/session-api';
import type { Session } from '../api/types';

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: login,
    meta: { expectsUnauthorized: true },
    onSuccess: (session) => {
      // Another account may have used this tab: never show its cached data.
      queryClient.removeQueries();
      queryClient.setQueryData<Session | null>(SESSION_KEY, session);
    },
  });
}

export function useChangePassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changePassword,
    meta: { expectsUnauthorized: true },
    onSuccess: (session) => queryClient.setQueryData<Session | null>(SESSION_KEY, session),
  });
}

export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    onSuccess: () => {
      queryClient.removeQueries();
      queryClient.setQueryData<Session | null>(SESSION_KEY, null);
      navigate('/dang-nhap', { replace: true });
    },
  });
}
