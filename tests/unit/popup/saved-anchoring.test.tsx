// The list the popup and the side panel show of this page's saved sentences that the page no longer
// shows as saved: gone ones said plainly with the saved words, reworded ones with the page's words.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { SavedAnchoringList } from '../../../components/SavedAnchoring';

let root: HTMLElement;
afterEach(() => {
  render(null, root);
  root.remove();
});

function show(props: Parameters<typeof SavedAnchoringList>[0]) {
  root = document.createElement('div');
  document.body.append(root);
  render(<SavedAnchoringList {...props} />, root);
  return root;
}

const saved = [
  { id: 'a', text: 'The ministry said the talks would resume on Thursday.' },
  { id: 'b', text: 'Peskov said it was too early to speak of a breakthrough.' },
  { id: 'c', text: '<img src=x onerror=alert(1)> was in the page.' },
];

describe('saved sentences the page no longer shows as saved', () => {
  it('lists the gone ones with the saved words, and the reworded ones with the page’s words now', () => {
    const el = show({
      saved,
      states: [
        { id: 'a', state: 'orphaned', text: '' },
        { id: 'b', state: 'changed', text: 'Peskov said it was far too early to speak of a breakthrough.' },
      ],
    });
    const gone = el.querySelector('[data-testid="saved-not-found"]')!;
    expect(gone.textContent).toContain('not on this page any more; the page may have changed');
    expect(gone.querySelector('[data-testid="saved-not-found-text"]')!.textContent).toBe(saved[0]!.text);
    const changed = el.querySelector('[data-testid="saved-changed"]')!;
    expect(changed.querySelector('[data-testid="saved-changed-page-text"]')!.textContent).toBe(
      'Peskov said it was far too early to speak of a breakthrough.',
    );
    expect(changed.textContent).toContain(`You saved: ${saved[1]!.text}`);
  });

  it('shows nothing before the page was read, or when every saved sentence is there as saved', () => {
    expect(show({ saved, states: undefined }).textContent).toBe('');
    render(null, root);
    root.remove();
    expect(show({ saved, states: [{ id: 'a', state: 'found', text: '' }] }).textContent).toBe('');
  });

  it('renders page and saved words as text, and ignores states of items that are not this page’s', () => {
    const el = show({
      saved,
      states: [
        { id: 'c', state: 'orphaned', text: '' },
        { id: 'elsewhere', state: 'orphaned', text: '' },
      ],
    });
    expect(el.querySelector('img')).toBeNull();
    expect(el.querySelectorAll('[data-testid="saved-not-found"] li')).toHaveLength(1);
    expect(el.textContent).toContain('<img src=x onerror=alert(1)>');
  });
});
