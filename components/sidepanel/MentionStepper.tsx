/** Previous / next arrows that scroll the page to a mention and flash it (tab/jump). */
import { useState } from 'preact/hooks';
import { tabRequest } from '@/lib/messaging/tab-client';
import type { HighlightKind } from '@/lib/highlight-styles';
import { stepMention } from './panel-model';
import { DownIcon, UpIcon } from './Icons';

export function MentionStepper({
  tabId,
  kind,
  id,
  total,
  label,
  noun = 'mention',
}: {
  tabId: number;
  kind: HighlightKind;
  id: string;
  /** how many the report counted; the page's own count wins once it answers */
  total: number;
  /** whose mentions, for screen readers ("Sergei Lavrov") */
  label: string;
  noun?: string;
}) {
  const [current, setCurrent] = useState<number | null>(null);
  const [pageTotal, setPageTotal] = useState<number | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const count = pageTotal ?? total;

  const go = async (delta: 1 | -1) => {
    const target = stepMention(current, delta, count);
    if (target === null) return;
    setBusy(true);
    try {
      let answer = await tabRequest(tabId, 'tab/jump', { kind, id, index: target });
      let reached = target;
      if (!answer.found && answer.total > 0) {
        // The page changed since it reported: start over from its current mentions.
        reached = stepMention(null, delta, answer.total) ?? 0;
        answer = await tabRequest(tabId, 'tab/jump', { kind, id, index: reached });
      }
      setPageTotal(answer.total);
      if (answer.found) {
        setCurrent(reached);
        setProblem(null);
      } else {
        setCurrent(null);
        setProblem(`No ${noun} of ${label} is on the page any more.`);
      }
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error));
    } finally {
      setBusy(false);
    }
  };

  const position =
    current === null
      ? `${count} ${count === 1 ? noun : `${noun}s`}`
      : `${current + 1} of ${count}`;
  return (
    <div class="stepper" role="group" aria-label={`${noun[0].toUpperCase()}${noun.slice(1)}s of ${label} in the page`}>
      <button
        type="button"
        class="icon"
        data-testid="jump-prev"
        aria-label={`Previous ${noun} of ${label}`}
        title={`Previous ${noun} in the page`}
        disabled={busy || count === 0}
        onClick={() => go(-1)}
      >
        <UpIcon />
      </button>
      <span class="small position" data-testid="jump-position" aria-live="polite">
        {position}
      </span>
      <button
        type="button"
        class="icon"
        data-testid="jump-next"
        aria-label={`Next ${noun} of ${label}`}
        title={`Next ${noun} in the page`}
        disabled={busy || count === 0}
        onClick={() => go(1)}
      >
        <DownIcon />
      </button>
      {problem ? (
        <span class="small error" role="alert">
          {problem}
        </span>
      ) : null}
    </div>
  );
}
