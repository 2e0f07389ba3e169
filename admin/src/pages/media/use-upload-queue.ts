import { useCallback, useEffect, useRef, useState } from 'react';
import { type MediaDto, type UploadOutcome, uploadMediaFile } from '../../api/media-library-api';
import { type AllowedKinds, precheckUpload } from './upload-rules';

export interface UploadItem {
  uid: string;
  name: string;
  status: 'waiting' | 'uploading' | 'done' | 'error';
  percent: number;
  /** The refusal (checked here or sent by the server), or a note such as "already in the library". */
  message?: string;
  asset?: MediaDto;
}

let counter = 0;

/**
 * Uploads files one after another (images are re-encoded on the server: no point in running them
 * side by side), keeping a per-file status, progress and the server's Vietnamese error.
 */
export function useUploadQueue(allowed: AllowedKinds, onUploaded?: (outcome: UploadOutcome) => void) {
  const [items, setItems] = useState<UploadItem[]>([]);
  const chain = useRef<Promise<void>>(Promise.resolve());
  const aborter = useRef(new AbortController());
  const uploaded = useRef(onUploaded);
  useEffect(() => {
    uploaded.current = onUploaded;
  });

  useEffect(() => {
    const controller = new AbortController();
    aborter.current = controller;
    return () => controller.abort();
  }, []);

  const patch = useCallback((uid: string, changes: Partial<UploadItem>) => {
    setItems((current) => current.map((item) => (item.uid === uid ? { ...item, ...changes } : item)));
  }, []);

  const add = useCallback(
    (file: File) => {
      const uid = `upload-${++counter}`;
      const refusal = precheckUpload(file, allowed);
      if (refusal) {
        setItems((current) => [
          ...current,
          { uid, name: file.name, status: 'error', percent: 0, message: refusal },
        ]);
        return;
      }
      setItems((current) => [...current, { uid, name: file.name, status: 'waiting', percent: 0 }]);
      chain.current = chain.current.then(async () => {
        const signal = aborter.current.signal;
        if (signal.aborted) return;
        patch(uid, { status: 'uploading' });
        try {
          const outcome = await uploadMediaFile(file, {
            signal,
            onProgress: (percent) => patch(uid, { percent }),
          });
          patch(uid, {
            status: 'done',
            percent: 100,
            asset: outcome.asset,
            message: outcome.created ? undefined : 'Tệp này đã có trong thư viện: dùng lại bản đã có.',
          });
          uploaded.current?.(outcome);
        } catch (error) {
          patch(uid, { status: 'error', message: (error as Error).message });
        }
      });
    },
    [allowed, patch],
  );

  const clearFinished = useCallback(() => {
    setItems((current) => current.filter((item) => item.status === 'waiting' || item.status === 'uploading'));
  }, []);

  return { items, add, clearFinished };
}
