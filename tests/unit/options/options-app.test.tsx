import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../../components/OptionsApp';
import { database } from '../../../lib/db/database';
import { saveClaim } from '../../../lib/db/saved-claims';
import { getSettings } from '../../../lib/db/settings';
import { siteFromInput } from '../../../components/options/site-input';
import { applySeed } from '../../../lib/db/seed';
import { miniKnowledgeBase } from '../../fixtures/mini-kb';
import { installFakePermissions, type FakePermissions } from '../fake-permissions';

let root: HTMLElement;

async function waitFor<T>(what: string, probe: () => T | null | undefined | false, timeout = 5000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await act(() => new Promise((r) => setTimeout(r, 20)));
  }
}

const $ = (sel: string) => root.querySelector(sel) as HTMLElement | null;
const $$ = (sel: string) => Array.from(root.querySelectorAll(sel)) as HTMLElement[];

// Each in act(): a real user's keystrokes are separate tasks, with renders between them.
function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  return act(() => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function choose(select: HTMLSelectElement, value: string) {
  return act(() => {
    select.value = value;
    select.dispatchEvent(new Event('change', { bubbles: true }));
  });
}

const HOSTILE = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script> peacekeepers';

beforeEach(async () => {
  const db = database();
  await db.open();
  await applySeed(db, miniKnowledgeBase());
  const texts = [HOSTILE, 'Lavrov said Russia would talk.', 'Kyiv rejected it.'];
  for (const [i, text] of texts.entries()) {
    await saveClaim(
      db,
      {
        text,
        url: i === 0 ? 'javascript:alert(1)' : `https://site${i}.example/a`,
        pageTitle: `Page ${i}`,
        claimId: i === 1 ? 'C01' : null,
        actorIds: i === 1 ? ['A01'] : [],
        tags: i === 2 ? ['kyiv'] : [],
        selector: { exact: text, prefix: '', suffix: '', start: 0, end: text.length },
      },
      Date.UTC(2025, 0, 1 + i),
    );
  }
  location.hash = '';
  root = document.createElement('div');
  document.body.append(root);
});

afterEach(async () => {
  render(null, root);
  root.remove();
  const db = database();
  await db.delete();
  await db.open();
});

describe('the options page', () => {
  it('lists saved claims newest first, with page text shown as text', async () => {
    await act(() => render(<OptionsApp />, root));
    const items = await waitFor('saved items', () => ($$('[data-testid="saved-item"]').length === 3 ? $$('[data-testid="saved-item"]') : null));
    expect(items[0]!.textContent).toContain('Kyiv rejected it.');
    expect(items[2]!.querySelector('[data-testid="saved-text"]')!.textContent).toBe(HOSTILE);
    expect(root.querySelector('img, script')).toBeNull();
    expect((window as unknown as { __pwned?: number }).__pwned).toBeUndefined();
    // A javascript: address is never a link.
    expect(items[2]!.querySelector('a')).toBeNull();
    expect(items[1]!.querySelector('a')!.getAttribute('href')).toBe('https://site1.example/a');
    expect(items[1]!.textContent).toContain('Matches C01: Russia would talk.');
    expect(items[1]!.textContent).toContain('Sergei Lavrov');
    // The count is a query of its own: it may land after the list on a busy machine.
    await waitFor('saved count', () => $('[data-testid="saved-count"]')?.textContent?.includes('3 saved claims'));
  });

  it('searches, filters and sorts', async () => {
    await act(() => render(<OptionsApp />, root));
    await waitFor('items', () => $$('[data-testid="saved-item"]').length === 3);
    await type($('[data-testid="saved-search"]') as HTMLInputElement, 'peacek');
    await waitFor('search result', () => $$('[data-testid="saved-item"]').length === 1);
    expect($('[data-testid="saved-count"]')!.textContent).toContain('1 of 3');
    await type($('[data-testid="saved-search"]') as HTMLInputElement, '');
    await waitFor('all again', () => $$('[data-testid="saved-item"]').length === 3);
    await choose($('[data-testid="filter-actor"]') as HTMLSelectElement, 'A01');
    await waitFor('actor filter', () => $$('[data-testid="saved-item"]').length === 1);
    await choose($('[data-testid="filter-actor"]') as HTMLSelectElement, '');
    await choose($('[data-testid="filter-tag"]') as HTMLSelectElement, 'kyiv');
    await waitFor('tag filter', () => $$('[data-testid="saved-item"]').length === 1 && $('[data-testid="saved-item"]')!.textContent!.includes('Kyiv'));
    await choose($('[data-testid="filter-tag"]') as HTMLSelectElement, '');
    await choose($('[data-testid="saved-sort"]') as HTMLSelectElement, 'oldest');
    await waitFor('oldest first', () => $$('[data-testid="saved-text"]')[0]?.textContent === HOSTILE);
  });

  it('edits a note and tags, deletes with undo', async () => {
    await act(() => render(<OptionsApp />, root));
    await waitFor('items', () => $$('[data-testid="saved-item"]').length === 3);
    ($('[data-testid="saved-item"] [data-testid="edit"]') as HTMLButtonElement).click();
    const note = await waitFor('edit form', () => $('[data-testid="edit-note"]') as HTMLTextAreaElement);
    await type(note, 'my note');
    await type($('[data-testid="edit-tags"]') as HTMLInputElement, 'alpha, beta');
    ($('[data-testid="edit-form"]') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await waitFor('note shown', () => $('[data-testid="saved-note"]')?.textContent?.includes('my note'));
    expect($('[data-testid="saved-tags"]')!.textContent).toContain('#alpha');

    ($('[data-testid="saved-item"] [data-testid="delete"]') as HTMLButtonElement).click();
    await waitFor('two left', () => $$('[data-testid="saved-item"]').length === 2);
    expect(await database().savedClaims.count()).toBe(2);
    ($('[data-testid="undo"]') as HTMLButtonElement).click();
    await waitFor('three again', () => $$('[data-testid="saved-item"]').length === 3);
    expect(await database().savedClaims.count()).toBe(3);
  });

  it('bulk-tags and bulk-deletes the selection', async () => {
    await act(() => render(<OptionsApp />, root));
    await waitFor('items', () => $$('[data-testid="saved-item"]').length === 3);
    const box = $('[data-testid="select-page"]') as HTMLInputElement;
    box.checked = true;
    box.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor('bulk bar', () => $('[data-testid="bulk-bar"]'));
    await type($('[data-testid="bulk-tag"]') as HTMLInputElement, 'batch');
    ($('[data-testid="bulk-bar"] form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await waitFor('all tagged', () => $$('[data-testid="saved-tags"]').filter((t) => t.textContent!.includes('#batch')).length === 3);
    ($('[data-testid="bulk-delete"]') as HTMLButtonElement).click();
    await waitFor('empty', () => $('[data-testid="saved-empty"]'));
    expect(await database().savedClaims.count()).toBe(0);
  });

  it('adds an alias through the validator, and refuses a bad one', async () => {
    location.hash = '#knowledge';
    await act(() => render(<OptionsApp />, root));
    const card = await waitFor('actor card', () => $('[data-testid="kb-actors"] li[data-ref="A01"]'));
    const form = card.querySelector('[data-testid="add-alias"]') as HTMLFormElement;
    await type(form.querySelector('[data-testid="alias-text"]') as HTMLInputElement, 'Lawrow');
    await type(form.querySelector('[data-testid="alias-lang"]') as HTMLInputElement, 'de');
    form.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    await waitFor('alias stored', () => $('[data-testid="kb-status"]')?.textContent?.includes('Lawrow'));
    const actor = await database().actors.get('A01');
    expect(actor?.aliases.map((a) => a.text)).toContain('Lawrow');
    expect(actor?.edited).toBe(true);

    const again = $('[data-testid="kb-actors"] li[data-ref="A01"] [data-testid="add-alias"]') as HTMLFormElement;
    await type(again.querySelector('[data-testid="alias-text"]') as HTMLInputElement, 'Lavrov*');
    await type(again.querySelector('[data-testid="alias-lang"]') as HTMLInputElement, 'english');
    again.dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    const error = await waitFor('validation error', () => $('[data-testid="kb-actors"] li[data-ref="A01"] [data-testid="kb-error"]'));
    expect(error.textContent).toMatch(/language code/);
    expect((await database().actors.get('A01'))?.aliases).toHaveLength(actor!.aliases.length);
  });

  it('switches tabs with the arrow keys', async () => {
    await act(() => render(<OptionsApp />, root));
    const saved = await waitFor('tab', () => $('[data-testid="tab-saved"]'));
    saved.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }));
    await waitFor('knowledge tab', () => $('[data-testid="tab-knowledge"]')?.getAttribute('aria-selected') === 'true');
    expect(location.hash).toBe('#knowledge');
    expect(document.activeElement).toBe($('[data-testid="tab-knowledge"]'));
    ($('[data-testid="tab-knowledge"]') as HTMLElement).dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    await waitFor('settings tab', () => $('[data-testid="threshold"]'));
    expect($('[data-testid="threshold-value"]')!.textContent).toBe('0.50');
  });

  it('changes settings: highlight look, sensitivity, a site turned off', async () => {
    location.hash = '#settings';
    await act(() => render(<OptionsApp />, root));
    const green = await waitFor('style radios', () => $('[data-testid="actor-style-green"]') as HTMLInputElement);
    await act(() => {
      green.checked = true;
      green.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor('actor style saved', () => ($('[data-testid="actor-style-green"]') as HTMLInputElement).checked);
    expect((await getSettings(database())).actorStyle).toBe('green');

    const slider = $('[data-testid="threshold"]') as HTMLInputElement;
    await act(() => {
      slider.value = '0.65';
      slider.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await waitFor('threshold shown', () => $('[data-testid="threshold-value"]')?.textContent === '0.65');
    expect((await getSettings(database())).claimThreshold).toBe(0.65);

    await type($('[data-testid="site-input"]') as HTMLInputElement, 'https://News.Example.com/path');
    await act(() => {
      ($('[data-testid="site-input"]')!.closest('form') as HTMLFormElement).dispatchEvent(new Event('submit', { bubbles: true, cancelable: true }));
    });
    await waitFor('site listed', () => $('[data-testid="disabled-sites"]')?.textContent?.includes('news.example.com'));
    expect((await getSettings(database())).disabledSites).toEqual(['news.example.com']);
  });
});

describe('site input', () => {
  it('takes a host from what a reader pastes', () => {
    expect(siteFromInput(' https://www.example.org/a?b ')).toBe('www.example.org');
    expect(siteFromInput('news.example:8080')).toBe('news.example:8080');
    expect(siteFromInput('localhost:3000')).toBe('localhost:3000');
    expect(siteFromInput('not a site')).toBeNull();
    expect(siteFromInput('')).toBeNull();
  });
});

describe('where Newsmark reads', () => {
  let permissions: FakePermissions;
  beforeEach(() => {
    permissions = installFakePermissions();
  });
  const submit = (testId: string) =>
    act(() => {
      ($(`[data-testid="${testId}"]`)!.closest('form') as HTMLFormElement).dispatchEvent(
        new Event('submit', { bubbles: true, cancelable: true }),
      );
    });
  const click = (testId: string) => act(() => $(`[data-testid="${testId}"]`)!.click());
  const listed = () => $$('[data-testid="allowed-sites"] li').map((li) => li.dataset.host);

  it('welcomes a fresh install that reads nowhere, and asks the browser for every site from one click', async () => {
    location.hash = '#welcome';
    await act(() => render(<OptionsApp />, root));
    await waitFor('the welcome', () => $('[data-testid="welcome"]'));
    expect($('[data-testid="tab-settings"]')!.getAttribute('aria-selected')).toBe('true');
    expect((await waitFor('the choice', () => $('[data-testid="access-listed"]') as HTMLInputElement)).checked).toBe(true);
    expect($('[data-testid="no-allowed-sites"]')).not.toBeNull();

    await click('welcome-allow-all');
    expect(permissions.prompts).toEqual([['http://*/*', 'https://*/*']]);
    await waitFor('the welcome to go', () => !$('[data-testid="welcome"]'));
    await waitFor('every website chosen', () => ($('[data-testid="access-all"]') as HTMLInputElement).checked);
  });

  it('allows sites one by one, from what the reader pastes, and takes them back', async () => {
    location.hash = '#settings';
    await act(() => render(<OptionsApp />, root));
    const input = await waitFor('the site input', () => $('[data-testid="allow-site-input"]') as HTMLInputElement);
    await type(input, 'https://www.BBC.co.uk/news/world');
    await submit('allow-site-input');
    expect(permissions.prompts).toEqual([['http://*.www.bbc.co.uk/*', 'https://*.www.bbc.co.uk/*']]);
    await waitFor('the site listed', () => listed().includes('www.bbc.co.uk'));
    expect($('[data-testid="allowed-sites"]')!.textContent).toContain('www.bbc.co.uk and its subdomains');
    expect($('[data-testid="welcome"]')).toBeNull();

    // The reader says no in the browser's prompt: nothing changes, and the page says so.
    permissions.answer = false;
    await type($('[data-testid="allow-site-input"]') as HTMLInputElement, 'lemonde.fr');
    await submit('allow-site-input');
    await waitFor('the refusal', () => $('[data-testid="site-access-problem"]')?.textContent?.includes('Newsmark stays off lemonde.fr'));
    expect(listed()).toEqual(['www.bbc.co.uk']);

    await type($('[data-testid="allow-site-input"]') as HTMLInputElement, 'not a site');
    await submit('allow-site-input');
    await waitFor('the input error', () => $('#allow-site-error'));
    expect(permissions.prompts).toHaveLength(2);

    await act(() => ($('[aria-label="Stop reading www.bbc.co.uk"]') as HTMLButtonElement).click());
    await waitFor('the site gone', () => listed().length === 0);
    expect([...permissions.granted]).toEqual([]);
  });

  it('goes from every website to only the listed sites, keeping the list, and explains a site the build requires', async () => {
    permissions.granted = new Set(['http://*/*', 'https://*/*', 'http://127.0.0.1/*']);
    permissions.required = new Set(['http://127.0.0.1/*']);
    location.hash = '#settings';
    await act(() => render(<OptionsApp />, root));
    await waitFor('every website chosen', () => ($('[data-testid="access-all"]') as HTMLInputElement | null)?.checked);
    await click('access-listed');
    await waitFor('only listed sites', () => $('[data-testid="site-access"]')?.dataset.mode === 'listed');
    expect([...permissions.granted]).toEqual(['http://127.0.0.1/*']);
    expect(listed()).toEqual(['127.0.0.1']);

    await act(() => ($('[aria-label="Stop reading 127.0.0.1"]') as HTMLButtonElement).click());
    await waitFor('the explanation', () => $('[data-testid="site-access-problem"]')?.textContent?.includes('cannot be removed here'));
    expect(listed()).toEqual(['127.0.0.1']);
  });
});
