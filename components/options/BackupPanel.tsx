/**
 * Export (JSON backup, CSV, Markdown) and import. An import is checked whole
 * before anything is written; a refused file leaves everything as it was and
 * the reader is told exactly what is wrong with it.
 */
import { useState } from 'preact/hooks';
import { database } from '@/lib/db/database';
import { collectExport, exportNames, importText, savedRowsForExport, type ImportOutcome } from '@/lib/io/backup';
import { csvExport, jsonExportText, markdownExport } from '@/lib/io/export';
import { IMPORT_LIMITS } from '@/lib/io/format';
import { checkImportSize } from '@/lib/io/import';

function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.rel = 'noopener';
  document.body.append(a);
  a.click();
  a.remove();
  // Give the download a moment to start before the blob goes.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

const stamp = () => new Date().toISOString().slice(0, 10);

export function BackupPanel({ onImported }: { onImported(): void }) {
  const [busy, setBusy] = useState<string | null>(null);
  const [exported, setExported] = useState('');
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  const run = async (label: string, work: () => Promise<string>) => {
    setBusy(label);
    try {
      setExported(await work());
    } catch (error) {
      setExported(`Export failed: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(null);
    }
  };

  const exportJson = () =>
    run('json', async () => {
      const data = await collectExport(database());
      download(`newsmark-backup-${stamp()}.json`, 'application/json', jsonExportText(data));
      return `Exported ${data.savedClaims.length.toLocaleString('en')} saved claims, ${data.actors.length} actors and ${data.claims.length} claims of yours, and your settings.`;
    });

  const exportTable = (kind: 'csv' | 'md') =>
    run(kind, async () => {
      const db = database();
      const [rows, names] = await Promise.all([savedRowsForExport(db), exportNames(db)]);
      if (kind === 'csv') download(`newsmark-saved-${stamp()}.csv`, 'text/csv;charset=utf-8', csvExport(rows, names));
      else download(`newsmark-saved-${stamp()}.md`, 'text/markdown;charset=utf-8', markdownExport(rows, names));
      return `Exported ${rows.length.toLocaleString('en')} saved claims as ${kind === 'csv' ? 'CSV' : 'Markdown'}.`;
    });

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    setOutcome(null);
    // Refused by its size alone: a 50 MB file is never read into memory.
    const tooBig = checkImportSize(file.size);
    if (tooBig) {
      setOutcome({ ok: false, message: tooBig, errors: [], added: 0, merged: 0, actors: 0, claims: 0, settings: 0 });
      return;
    }
    setBusy('import');
    try {
      const result = await importText(database(), await file.text());
      setOutcome(result);
      if (result.ok) onImported();
    } catch (error) {
      setOutcome({
        ok: false,
        message: `The file could not be read (${error instanceof Error ? error.message : String(error)}). Nothing was imported.`,
        errors: [],
        added: 0,
        merged: 0,
        actors: 0,
        claims: 0,
        settings: 0,
      });
    } finally {
      setBusy(null);
    }
  };

  return (
    <div class="stack">
      <section class="card stack" aria-labelledby="export-heading">
        <h2 id="export-heading">Export</h2>
        <p class="small">
          A <strong>JSON backup</strong> holds everything you made: saved claims with notes and tags, the actors and claims
          you added or changed, and your settings. It can be imported here, in this browser or another. <strong>CSV</strong>{' '}
          opens in a spreadsheet; <strong>Markdown</strong> reads well as a document.
        </p>
        <div class="row">
          <button type="button" class="primary" data-testid="export-json" disabled={!!busy} onClick={exportJson}>
            Download JSON backup
          </button>
          <button type="button" data-testid="export-csv" disabled={!!busy} onClick={() => exportTable('csv')}>
            Download CSV
          </button>
          <button type="button" data-testid="export-md" disabled={!!busy} onClick={() => exportTable('md')}>
            Download Markdown
          </button>
        </div>
        <p role="status" class="small" data-testid="export-status">
          {busy && busy !== 'import' ? 'Exporting…' : exported}
        </p>
      </section>

      <section class="card stack" aria-labelledby="import-heading">
        <h2 id="import-heading">Import a backup</h2>
        <p class="small" id="import-help">
          Choose a Newsmark JSON backup (at most {Math.round(IMPORT_LIMITS.bytes / (1024 * 1024))} MB). The whole file is
          checked first; if anything in it is wrong, nothing is imported. Items you already have are merged, not doubled:
          their tags are combined and the longer note is kept.
        </p>
        <label class="field">
          Backup file
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import-file"
            aria-describedby="import-help"
            disabled={busy === 'import'}
            onChange={(e) => importFile(e.target as HTMLInputElement)}
          />
        </label>
        {busy === 'import' ? <p role="status">Checking and importing…</p> : null}
        {outcome ? (
          outcome.ok ? (
            <p role="status" class="small" data-testid="import-result">
              {outcome.message}
            </p>
          ) : (
            <div role="alert" data-testid="import-error">
              <p class="error">{outcome.message}</p>
              {outcome.errors.length > 1 ? (
                <details>
                  <summary class="small">All problems found ({outcome.errors.length})</summary>
                  <ul class="problems">
                    {outcome.errors.map((error, i) => (
                      <li key={i}>{error}</li>
                    ))}
                  </ul>
                </details>
              ) : null}
            </div>
          )
        ) : null}
      </section>
    </div>
  );
}
