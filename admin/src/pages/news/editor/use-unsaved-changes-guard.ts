import { App } from 'antd';
import { useContext, useEffect, useRef } from 'react';
import { UNSAFE_NavigationContext } from 'react-router';

type Navigator = {
  push: (...args: unknown[]) => void;
  replace: (...args: unknown[]) => void;
};

/**
 * Asks before leaving a page with unsaved changes: closing the tab or reloading (beforeunload),
 * links and navigate() inside the console, and the browser's back and forward buttons.
 *
 * The console uses <BrowserRouter>, where react-router's useBlocker is not available (it needs a
 * data router), so the router's navigator is wrapped while there are changes, and a history
 * traversal is cancelled, confirmed, then replayed.
 */
export function useUnsavedChangesGuard(when: boolean) {
  const { modal } = App.useApp();
  const { navigator } = useContext(UNSAFE_NavigationContext) as unknown as { navigator: Navigator };
  const whenRef = useRef(when);
  whenRef.current = when;
  const bypass = useRef(false);
  const asking = useRef(false);

  function confirmLeave(): Promise<boolean> {
    if (asking.current) return Promise.resolve(false);
    asking.current = true;
    return new Promise<boolean>((resolve) => {
      const answer = (ok: boolean) => {
        asking.current = false;
        resolve(ok);
      };
      modal.confirm({
        title: 'Rời trang khi chưa lưu?',
        content: 'Bài viết có thay đổi chưa được lưu. Nếu rời trang, các thay đổi này sẽ mất.',
        okText: 'Rời trang, bỏ thay đổi',
        cancelText: 'Ở lại để lưu',
        okButtonProps: { danger: true },
        onOk: () => answer(true),
        onCancel: () => answer(false),
      });
    });
  }
  const confirmRef = useRef(confirmLeave);
  confirmRef.current = confirmLeave;

  useEffect(() => {
    const onBeforeUnload = (event: BeforeUnloadEvent) => {
      if (!whenRef.current || bypass.current) return;
      event.preventDefault();
      // Older browsers show their own text only when returnValue is set.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', onBeforeUnload);
    return () => window.removeEventListener('beforeunload', onBeforeUnload);
  }, []);

  useEffect(() => {
    const { push, replace } = navigator;
    const guard =
      (original: (...args: unknown[]) => void) =>
      (...args: unknown[]) => {
        if (!whenRef.current || bypass.current || samePage(args[0])) return original.apply(navigator, args);
        void confirmRef.current().then((ok) => {
          if (ok) {
            bypass.current = true;
            original.apply(navigator, args);
            bypass.current = false;
          }
        });
      };
    navigator.push = guard(push);
    navigator.replace = guard(replace);

    // Back and forward: popstate cannot be cancelled, and react-router's own listener (registered
    // first) has already acted on it. The Navigation API's "navigate" event comes before and can be
    // cancelled for same-document traversals (Chromium; elsewhere links and reloads stay guarded).
    const navigation = (window as unknown as { navigation?: NavigationLike }).navigation;
    let replaying = false;
    const onNavigate = (event: NavigateEventLike) => {
      if (event.navigationType !== 'traverse' || !event.cancelable) return;
      if (replaying || !whenRef.current || bypass.current) return;
      event.preventDefault();
      const key = event.destination.key;
      void confirmRef.current().then((ok) => {
        if (!ok || !navigation) return;
        replaying = true;
        const done = () => {
          replaying = false;
        };
        navigation.traverseTo(key).finished.then(done, done);
      });
    };
    navigation?.addEventListener('navigate', onNavigate);

    return () => {
      navigator.push = push;
      navigator.replace = replace;
      navigation?.removeEventListener('navigate', onNavigate);
    };
  }, [navigator]);
}

/** Only the query string changes (the editor gave a new article its id): the page stays. */
function samePage(to: unknown): boolean {
  const pathname =
    typeof to === 'string' ? to.split(/[?#]/)[0] : (to as { pathname?: string } | null)?.pathname;
  return pathname === window.location.pathname;
}

/** The part of the Navigation API used here (not in TypeScript's DOM types yet everywhere). */
interface NavigateEventLike extends Event {
  navigationType: 'push' | 'replace' | 'reload' | 'traverse';
  cancelable: boolean;
  destination: { key: string };
}

interface NavigationLike {
  addEventListener: (type: 'navigate', listener: (event: NavigateEventLike) => void) => void;
  removeEventListener: (type: 'navigate', listener: (event: NavigateEventLike) => void) => void;
  traverseTo: (key: string) => { finished: Promise<unknown> };
}
