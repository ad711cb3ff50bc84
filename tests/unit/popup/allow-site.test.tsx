// The way in on a site the reader has not allowed: the popup's and the side panel's buttons ask
// the browser for exactly that site, or every site, and say so when the reader declines.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AllowSite } from '../../../components/AllowSite';
import { PageStatus } from '../../../components/PageStatus';
import { saveBlocker } from '../../../components/popup/page-access';
import { installFakePermissions, type FakePermissions } from '../fake-permissions';

let permissions: FakePermissions;
let root: HTMLElement;
beforeEach(() => {
  permissions = installFakePermissions();
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

const settle = () => act(() => new Promise((resolve) => setTimeout(resolve, 0)));
const button = (testId: string) => root.querySelector<HTMLButtonElement>(`[data-testid="${testId}"]`)!;

describe('allowing a site', () => {
  it('says plainly why the page is not read, and that saving waits for the site', () => {
    act(() => render(<PageStatus state={{ kind: 'no-access', hostname: 'news.example' }} error={null} />, root));
    expect(root.textContent).toBe('You have not allowed Newsmark to read news.example.');
    expect(saveBlocker('https://news.example/a', { kind: 'no-access', hostname: 'news.example' })).toContain('Allow Newsmark on news.example');
  });

  it('asks for the site the reader is on, subdomains included, and reports the grant', async () => {
    const granted = vi.fn();
    act(() => render(<AllowSite hostname="www.news.example" onGranted={granted} />, root));
    expect(button('allow-this-site').textContent).toBe('Allow on www.news.example');
    await act(() => button('allow-this-site').click());
    await settle();
    expect(permissions.prompts).toEqual([['http://*.www.news.example/*', 'https://*.www.news.example/*']]);
    expect(granted).toHaveBeenCalledOnce();
  });

  it('asks for every site, and says so when the reader declines', async () => {
    const granted = vi.fn();
    permissions.answer = false;
    act(() => render(<AllowSite hostname="news.example" onGranted={granted} />, root));
    await act(() => button('allow-all-sites').click());
    await settle();
    expect(permissions.prompts).toEqual([['http://*/*', 'https://*/*']]);
    expect(granted).not.toHaveBeenCalled();
    expect(root.querySelector('[role="alert"]')!.textContent).toContain('Newsmark stays off this site');
  });
});
