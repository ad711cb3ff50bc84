/** The scan's counts and timings, small, at the end of the panel. */
import type { PageReport } from '@/lib/report';
import { scanSummary } from './panel-model';

export function ScanFooter({ report }: { report: PageReport }) {
  const summary = scanSummary(report);
  const at = new Date(report.scannedAt);
  return (
    <footer class="scan-footer small muted" data-testid="scan-footer">
      <p>{summary.counts}</p>
      <p>{summary.timings}</p>
      <p>
        {summary.version}
        {Number.isFinite(at.getTime()) ? (
          <>
            {' · read at '}
            <time dateTime={at.toISOString()}>{at.toLocaleTimeString()}</time>
          </>
        ) : null}
      </p>
    </footer>
  );
}
