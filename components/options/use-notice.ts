/** Re-run something when the background announces a change (another tab saved a claim…). */
import { useEffect, useRef } from 'preact/hooks';
import { onNotice } from '@/lib/messaging/client';
import type { Notice } from '@/lib/messaging/protocol';

export function useNotice(type: Notice['type'], listener: () => void): void {
  const latest = useRef(listener);
  latest.current = listener;
  useEffect(() => {
    try {
      return onNotice((notice) => {
        if (notice.type === type) latest.current();
      });
    } catch {
      // No extension runtime (a test page): nothing to listen to.
      return undefined;
    }
  }, [type]);
}
