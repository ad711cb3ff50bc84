import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';

// The tab's answer to a save is held until the test lets it go.
let answer: (value: { id: string; created: boolean }) => void = () => {};
vi.mock('@/lib/messaging/tab-client', () => ({
  tabRequest: () => new Promise((resolve) => (answer = resolve)),
}));
vi.mock('@/lib/messaging/client', () => ({ request: async () => ({ deleted: true }) }));

const { SaveButton } = await import('../../../components/sidepanel/SaveButton');

const testId = () => document.activeElement?.getAttribute('data-testid') ?? null;

describe('the side panel save button', () => {
  afterEach(() => render(null, document.body));

  it('keeps the keyboard on the button when the saved list shows the save before the tab answers', async () => {
    const props = { tabId: 1, claimId: 'C01', index: 0, onChange: () => {}, announce: () => {} };
    act(() => render(h(SaveButton, { ...props, savedId: null }), document.body));
    const save = document.querySelector<HTMLButtonElement>('[data-testid="save-sentence"]')!;
    save.focus();
    act(() => save.click());
    // The background tells the panel first: the saved list already has the item.
    act(() => render(h(SaveButton, { ...props, savedId: 'S1' }), document.body));
    expect(document.querySelector('[data-testid="undo-save"]')).not.toBeNull();
    // Then the tab's answer to our request.
    await act(async () => answer({ id: 'S1', created: true }));
    expect(testId()).toBe('undo-save');
  });
});
