/**
 * The whole source document of a claim, its supporting sentence marked and
 * scrolled into view. Rendered from text segments: plain text and <mark>
 * elements, never HTML from data.
 */
import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { ClaimRecord, SourceRecord } from '@/lib/db/records';
import { CloseIcon } from './Icons';
import { locateEvidence, sourceParagraphs, type Span } from './source-text';

export function SourceDialog({
  claim,
  source,
  onClose,
}: {
  claim: ClaimRecord;
  source: SourceRecord;
  onClose: () => void;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const spans = useMemo(
    () =>
      claim.evidence
        .filter((evidence) => evidence.sourceId === source.id)
        .map((evidence) => locateEvidence(source.text, evidence))
        .filter((span): span is Span => span !== null),
    [claim, source],
  );
  const paragraphs = useMemo(() => sourceParagraphs(source.text, spans), [source, spans]);

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (!element.open) element.showModal();
    const first = element.querySelector('mark');
    first?.scrollIntoView({ block: 'center' });
    return () => {
      if (element.open) element.close();
    };
  }, []);

  return (
    <dialog
      ref={dialog}
      class="source-view"
      data-testid="source-view"
      aria-labelledby="source-title"
      aria-describedby="source-about"
      onClose={onClose}
    >
      <div class="source-head">
        <div>
          <h2 id="source-title">{source.title}</h2>
          <p id="source-about" class="small muted">
            {[source.publisher, source.published].filter(Boolean).join(', ')}
            {spans.length > 0
              ? ` · the sentence supporting “${claim.summary}” is marked`
              : ` · the sentence supporting “${claim.summary}” is no longer in this document`}
          </p>
          {source.url && /^https?:/i.test(source.url) ? (
            <p class="small">
              <a href={source.url} target="_blank" rel="noreferrer noopener">
                Open the original
              </a>
            </p>
          ) : null}
        </div>
        <button
          type="button"
          class="icon"
          data-testid="close-source"
          aria-label="Close the source"
          title="Close (Esc)"
          onClick={() => dialog.current?.close()}
        >
          <CloseIcon />
        </button>
      </div>
      <article class="source-text" lang={source.lang} aria-label={`Text of ${source.title}`}>
        {paragraphs.map((paragraph) => (
          <p key={paragraph.start}>
            {paragraph.segments.map((segment) =>
              segment.marked ? (
                <mark key={segment.start} data-testid="source-mark">
                  {segment.text}
                </mark>
              ) : (
                segment.text
              ),
            )}
          </p>
        ))}
      </article>
    </dialog>
  );
}
