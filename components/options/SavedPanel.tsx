/**
 * The saved list: search, filters, sort, paging, edit, delete with undo and
 * bulk actions. Every query goes to the indexes (lib/db/saved-list.ts); only
 * the page shown is read, so it stays quick at 10,000 items.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { database } from '@/lib/db/database';
import type { SavedClaimRecord } from '@/lib/db/records';
import {
  SAVED_SORTS,
  SavedOrderCache,
  deleteSavedClaims,
  isWholeList,
  querySavedIds,
  restoreSavedClaims,
  savedFacets,
  savedHead,
  savedPage,
  tagSavedClaims,
  type SavedQuery,
  type SavedSort,
} from '@/lib/db/saved-list';
import type { KnowledgeBaseView } from '../use-knowledge-base';
import { SavedItem } from './SavedItem';
import { useNotice } from './use-notice';

export const PAGE_SIZE = 50;
const SEARCH_DELAY_MS = 120;

interface Filters {
  text: string;
  actorId: string;
  claimId: string;
  site: string;
  tag: string;
  anchor: '' | 'orphaned' | 'changed';
  from: string;
  to: string;
  sort: SavedSort;
}

const NO_FILTERS: Filters = { text: '', actorId: '', claimId: '', site: '', tag: '', anchor: '', from: '', to: '', sort: 'newest' };

/** "2025-04-01" in the reader's time zone → that day's first or last millisecond. */
function dayBound(value: string, end: boolean): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return null;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const start = new Date(y, m - 1, d).getTime();
  return end ? start + 86_400_000 - 1 : start;
}

function toQuery(f: Filters): SavedQuery {
  return {
    text: f.text,
    actorId: f.actorId || null,
    claimId: f.claimId || null,
    site: f.site || null,
    tag: f.tag || null,
    anchor: f.anchor || null,
    from: dayBound(f.from, false),
    to: dayBound(f.to, true),
    sort: f.sort,
  };
}

const fmt = (n: number) => n.toLocaleString('en');

export function SavedPanel({ kb }: { kb: KnowledgeBaseView | null }) {
  const db = database();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [appliedText, setAppliedText] = useState('');
  const [ids, setIds] = useState<string[] | null>(null);
  const idsFor = useRef('');
  const [total, setTotal] = useState<number | null>(null);
  const [page, setPage] = useState(0);
  const [rows, setRows] = useState<SavedClaimRecord[]>([]);
  // The first page of the whole list, read off the sort index while every id is still loading.
  const [head, setHead] = useState<SavedClaimRecord[] | null>(null);
  const [rowsReady, setRowsReady] = useState(false);
  const [facets, setFacets] = useState<{ sites: string[]; tags: string[] }>({ sites: [], tags: [] });
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [bulkTag, setBulkTag] = useState('');
  const [filtersOpen, setFiltersOpen] = useState(false);
  const [undo, setUndo] = useState<{ rows: SavedClaimRecord[]; message: string } | null>(null);
  const [status, setStatus] = useState('');
  const [reload, setReload] = useState(0);
  const orderCache = useRef(new SavedOrderCache());
  const listRef = useRef<HTMLDivElement>(null);
  // Query timing for the benchmark and for the reader's sense of speed: from the input to the rendered page.
  const queryStarted = useRef(performance.now());
  const firstRender = useRef(true);
  const [rendered, setRendered] = useState<{ text: string; ms: number } | null>(null);

  // Typing settles before the query runs; everything else applies at once.
  useEffect(() => {
    if (filters.text === appliedText) return;
    const timer = setTimeout(() => setAppliedText(filters.text), SEARCH_DELAY_MS);
    return () => clearTimeout(timer);
  }, [filters.text, appliedText]);

  const query = useMemo(
    () => toQuery({ ...filters, text: appliedText }),
    // Not filters.text: a keystroke runs no query until the typing settles.
    [appliedText, filters.actorId, filters.claimId, filters.site, filters.tag, filters.anchor, filters.from, filters.to, filters.sort],
  );

  useEffect(() => {
    let cancelled = false;
    // Timed from here: the query, the page read and the render (the typing delay is not the database's).
    queryStarted.current = performance.now();
    querySavedIds(db, query, orderCache.current).then((found) => {
      if (cancelled) return;
      idsFor.current = query.text ?? '';
      setIds(found);
      setPage((p) => (p * PAGE_SIZE < found.length ? p : 0));
    });
    return () => {
      cancelled = true;
    };
  }, [query, reload]);

  useEffect(() => {
    if (!isWholeList(query)) return;
    let cancelled = false;
    savedHead(db, query.sort ?? 'newest', PAGE_SIZE).then((loaded) => {
      if (!cancelled) setHead(loaded);
    });
    return () => {
      cancelled = true;
    };
  }, []);

  // What the filters offer, and the total: only when the data changes, not per query.
  useEffect(() => {
    let cancelled = false;
    savedFacets(db).then((f) => {
      if (cancelled) return;
      setTotal(f.total);
      setFacets({ sites: f.sites, tags: f.tags });
    });
    return () => {
      cancelled = true;
    };
  }, [reload]);

  useEffect(() => {
    if (!ids) return;
    let cancelled = false;
    savedPage(db, ids, page * PAGE_SIZE, PAGE_SIZE).then((loaded) => {
      if (cancelled) return;
      setRows(loaded);
      setRowsReady(true);
    });
    return () => {
      cancelled = true;
    };
  }, [ids, page]);

  useLayoutEffect(() => {
    if (!ids && !head) return;
    const ms = performance.now() - queryStarted.current;
    queryStarted.current = Infinity;
    setRendered({ text: idsFor.current, ms: Number.isFinite(ms) ? ms : 0 });
    if (firstRender.current) {
      firstRender.current = false;
      performance.mark('newsmark:saved-first-render');
    }
  }, [rows, head]);

  useNotice('notice/saved-changed', () => {
    orderCache.current.clear();
    setReload((r) => r + 1);
  });

  const update = (patch: Partial<Filters>) => {
    queryStarted.current = performance.now();
    setFilters((f) => ({ ...f, ...patch }));
    setSelected(new Set());
  };

  const refresh = useCallback(() => {
    queryStarted.current = performance.now();
    orderCache.current.clear();
    setReload((r) => r + 1);
  }, []);

  const remove = async (targets: string[]) => {
    const removed = await deleteSavedClaims(db, targets);
    setSelected(new Set());
    const message = removed.length === 1 ? 'Deleted 1 saved claim.' : `Deleted ${fmt(removed.length)} saved claims.`;
    setUndo({ rows: removed, message });
    setStatus(message);
    refresh();
  };

  const undoDelete = async () => {
    if (!undo) return;
    await restoreSavedClaims(db, undo.rows);
    setStatus(`Restored ${fmt(undo.rows.length)} saved claim${undo.rows.length === 1 ? '' : 's'}.`);
    setUndo(null);
    refresh();
  };

  useEffect(() => {
    if (!undo) return;
    const timer = setTimeout(() => setUndo(null), 15_000);
    return () => clearTimeout(timer);
  }, [undo]);

  const actors = useMemo(
    () => (kb ? [...kb.actors.values()].filter((a) => !a.retired).sort((a, b) => a.name.localeCompare(b.name)) : []),
    [kb],
  );
  const claims = useMemo(
    () => (kb ? [...kb.claims.values()].filter((c) => !c.retired).sort((a, b) => a.ref.localeCompare(b.ref, 'en', { numeric: true })) : []),
    [kb],
  );

  if (ids === null && head === null) return <p>Loading…</p>;
  // The total, once counted; a short head is the whole list.
  const known = total ?? (ids === null && head && head.length < PAGE_SIZE ? head.length : null);
  if (known === 0 || (ids !== null && ids.length === 0 && isWholeList(query) && total === null)) {
    return (
      <div class="card" data-testid="saved-empty">
        <h2>Nothing saved yet</h2>
        <p>
          While you read, open the Newsmark popup and save a claim it found, or select a sentence and save it. Saved claims
          are kept in this browser only, and appear here. You can also import a Newsmark backup from the “Export &amp;
          import” tab.
        </p>
        <div role="status" class="sr-only">
          {status}
        </div>
        {undo ? <UndoToast message={undo.message} onUndo={undoDelete} onClose={() => setUndo(null)} /> : null}
      </div>
    );
  }

  // Until every id is read, the head stands for the whole list's first page.
  const shown = ids && rowsReady ? rows : head ?? rows;
  const matching = ids ?? new Array<string>(known ?? head?.length ?? 0);
  const pages = Math.max(1, Math.ceil(matching.length / PAGE_SIZE));
  const first = matching.length === 0 ? 0 : page * PAGE_SIZE + 1;
  const last = Math.min(matching.length, (page + 1) * PAGE_SIZE);
  const filtered = JSON.stringify({ ...filters, sort: 'newest' }) !== JSON.stringify(NO_FILTERS);
  const pageIds = shown.map((r) => r.id);
  const activeFilters = [filters.actorId, filters.claimId, filters.site, filters.tag, filters.anchor, filters.from, filters.to].filter(Boolean).length;
  // On a phone the filters fold away under one button; wider windows always show them.
  const collapsible = `field collapsible${filtersOpen ? '' : ' closed'}`;
  const allOnPage = pageIds.length > 0 && pageIds.every((id) => selected.has(id));

  return (
    <div class="stack">
      <form id="saved-filters" class="filters" role="search" aria-label="Search and filter saved claims" onSubmit={(e) => e.preventDefault()}>
        <label class="field search">
          Search saved claims (sentence, note, tags, page title)
          <input
            type="search"
            data-testid="saved-search"
            value={filters.text}
            placeholder="e.g. peacekeepers"
            onInput={(e) => update({ text: (e.target as HTMLInputElement).value })}
          />
        </label>
        <button
          type="button"
          class="filters-toggle"
          aria-expanded={filtersOpen}
          aria-controls="saved-filters"
          onClick={() => setFiltersOpen(!filtersOpen)}
        >
          {filtersOpen ? 'Hide filters' : `Filters and sort${activeFilters ? ` (${activeFilters} on)` : ''}`}
        </button>
        <label class={collapsible}>
          Actor
          <select data-testid="filter-actor" value={filters.actorId} onChange={(e) => update({ actorId: (e.target as HTMLSelectElement).value })}>
            <option value="">Any actor</option>
            {actors.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name}
              </option>
            ))}
          </select>
        </label>
        <label class={collapsible}>
          Claim
          <select data-testid="filter-claim" value={filters.claimId} onChange={(e) => update({ claimId: (e.target as HTMLSelectElement).value })}>
            <option value="">Any claim</option>
            {claims.map((c) => (
              <option key={c.id} value={c.id}>
                {c.ref}: {c.summary.length > 60 ? `${c.summary.slice(0, 57)}…` : c.summary}
              </option>
            ))}
          </select>
        </label>
        <label class={collapsible}>
          Site
          <select data-testid="filter-site" value={filters.site} onChange={(e) => update({ site: (e.target as HTMLSelectElement).value })}>
            <option value="">Any site</option>
            {facets.sites.map((s) => (
              <option key={s} value={s}>
                {s}
              </option>
            ))}
          </select>
        </label>
        <label class={collapsible}>
          Tag
          <select data-testid="filter-tag" value={filters.tag} onChange={(e) => update({ tag: (e.target as HTMLSelectElement).value })}>
            <option value="">Any tag</option>
            {facets.tags.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </label>
        <label class={collapsible}>
          On its page
          <select
            data-testid="filter-anchor"
            value={filters.anchor}
            onChange={(e) => update({ anchor: (e.target as HTMLSelectElement).value as Filters['anchor'] })}
          >
            <option value="">Anywhere</option>
            <option value="orphaned">No longer on its page</option>
            <option value="changed">Reworded on its page</option>
          </select>
        </label>
        <label class={collapsible}>
          Saved from
          <input type="date" data-testid="filter-from" value={filters.from} onChange={(e) => update({ from: (e.target as HTMLInputElement).value })} />
        </label>
        <label class={collapsible}>
          Saved until
          <input type="date" data-testid="filter-to" value={filters.to} onChange={(e) => update({ to: (e.target as HTMLInputElement).value })} />
        </label>
        <label class={collapsible}>
          Sort
          <select data-testid="saved-sort" value={filters.sort} onChange={(e) => update({ sort: (e.target as HTMLSelectElement).value as SavedSort })}>
            {SAVED_SORTS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.label}
              </option>
            ))}
          </select>
        </label>
        {filtered ? (
          <button type="button" onClick={() => update({ ...NO_FILTERS, sort: filters.sort })}>
            Clear filters
          </button>
        ) : null}
      </form>

      <div class="toolbar">
        <p class="small" data-testid="saved-count" data-count={known === null ? '' : matching.length} data-total={known ?? ''} aria-live="polite">
          {known === null
            ? 'Counting saved claims…'
            : matching.length === known
              ? `${fmt(known)} saved claim${known === 1 ? '' : 's'}`
              : `${fmt(matching.length)} of ${fmt(known)} saved claims match`}
          {matching.length > PAGE_SIZE ? ` · showing ${fmt(first)}–${fmt(last)}` : ''}
        </p>
        {matching.length > 0 ? (
          <div class="row small">
            <label class="row">
              <input
                type="checkbox"
                data-testid="select-page"
                checked={allOnPage}
                onChange={(e) => {
                  const next = new Set(selected);
                  for (const id of pageIds) (e.target as HTMLInputElement).checked ? next.add(id) : next.delete(id);
                  setSelected(next);
                }}
              />
              Select this page
            </label>
            {matching.length > pageIds.length ? (
              <button type="button" class="small" onClick={() => setSelected(new Set(ids ?? []))}>
                Select all {fmt(matching.length)}
              </button>
            ) : null}
          </div>
        ) : null}
      </div>

      {selected.size > 0 ? (
        <div class="bulk row" role="region" aria-label="Actions on selected saved claims" data-testid="bulk-bar">
          <strong>{fmt(selected.size)} selected</strong>
          <form
            class="row"
            onSubmit={async (e) => {
              e.preventDefault();
              if (!bulkTag.trim()) return;
              const changed = await tagSavedClaims(db, [...selected], bulkTag);
              setStatus(`Tagged ${fmt(changed)} saved claim${changed === 1 ? '' : 's'} “${bulkTag.trim()}”.`);
              setBulkTag('');
              refresh();
            }}
          >
            <label class="row">
              <span>Tag</span>
              <input type="text" data-testid="bulk-tag" value={bulkTag} onInput={(e) => setBulkTag((e.target as HTMLInputElement).value)} />
            </label>
            <button type="submit">Add tag</button>
          </form>
          <button type="button" class="danger" data-testid="bulk-delete" onClick={() => remove([...selected])}>
            Delete selected
          </button>
          <button type="button" onClick={() => setSelected(new Set())}>
            Clear selection
          </button>
        </div>
      ) : null}

      <div
        ref={listRef}
        data-testid="saved-list"
        data-query={rendered?.text ?? ''}
        data-query-ms={rendered ? rendered.ms.toFixed(1) : ''}
        data-page={page}
        aria-busy={filters.text !== appliedText}
      >
        {matching.length === 0 ? (
          <p class="card" data-testid="saved-no-match">
            No saved claim matches. <button type="button" onClick={() => update(NO_FILTERS)}>Clear search and filters</button>
          </p>
        ) : (
          <ul class="plain stack" aria-label="Saved claims">
            {shown.map((item) => (
              <SavedItem
                key={item.id}
                item={item}
                kb={kb}
                selected={selected.has(item.id)}
                onSelect={(on) => {
                  const next = new Set(selected);
                  on ? next.add(item.id) : next.delete(item.id);
                  setSelected(next);
                }}
                onDelete={() => remove([item.id])}
                onChanged={(message) => {
                  setStatus(message);
                  refresh();
                }}
                onTag={(tag) => update({ tag })}
              />
            ))}
          </ul>
        )}
      </div>

      {pages > 1 ? (
        <nav class="pager" aria-label="Pages of saved claims">
          <button type="button" disabled={page === 0} onClick={() => setPage(0)} aria-label="First page">
            «
          </button>
          <button type="button" data-testid="page-prev" disabled={page === 0} onClick={() => setPage(page - 1)}>
            Previous
          </button>
          <span data-testid="page-indicator">
            Page {fmt(page + 1)} of {fmt(pages)}
          </span>
          <button type="button" data-testid="page-next" disabled={page >= pages - 1} onClick={() => setPage(page + 1)}>
            Next
          </button>
          <button type="button" disabled={page >= pages - 1} onClick={() => setPage(pages - 1)} aria-label="Last page">
            »
          </button>
        </nav>
      ) : null}

      <div role="status" class="sr-only" data-testid="saved-status">
        {status}
      </div>
      {undo ? <UndoToast message={undo.message} onUndo={undoDelete} onClose={() => setUndo(null)} /> : null}
    </div>
  );
}

function UndoToast({ message, onUndo, onClose }: { message: string; onUndo: () => void; onClose: () => void }) {
  const undoButton = useRef<HTMLButtonElement>(null);
  // The Delete button that had focus is gone: keyboard users land on Undo instead of the page top.
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) undoButton.current?.focus();
  }, [message]);
  return (
    <div class="toast" role="region" aria-label="Undo" data-testid="undo-toast">
      <span>{message}</span>
      <button type="button" ref={undoButton} data-testid="undo" onClick={onUndo}>
        Undo
      </button>
      <button type="button" aria-label="Dismiss" onClick={onClose}>
        ×
      </button>
    </div>
  );
}
