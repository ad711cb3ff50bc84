/**
 * Whether the popup can save from the page in front of the reader, and if
 * not, why in words: a page the extension cannot read (chrome://, about:,
 * the stores, a PDF viewer), a site the reader turned off, or Newsmark paused.
 */
import type { PageState } from '@/lib/report';

export function saveBlocker(url: string | undefined | null, state: PageState | null): string | null {
  if (!url) return 'There is no web page open in this window: open a news page first.';
  let protocol: string;
  try {
    protocol = new URL(url).protocol;
  } catch {
    return 'Newsmark cannot read this page.';
  }
  if (protocol !== 'http:' && protocol !== 'https:') {
    return (
      'Newsmark cannot read this page: browser pages (such as chrome:// or about:), extension stores and local ' +
      'files are out of its reach. Open a web page (http or https) to save from it.'
    );
  }
  if (state?.kind === 'unreadable') return `Newsmark cannot read this page. ${state.reason}`;
  if (state?.kind === 'disabled') {
    return `Newsmark is turned off on ${state.hostname}. Turn it on with the switch above to save from this page.`;
  }
  if (state?.kind === 'no-access') return `Allow Newsmark on ${state.hostname} (above) to save from this page.`;
  if (state?.kind === 'paused') return 'Newsmark is paused everywhere. Resume it in the settings to save from pages.';
  return null;
}

/** A plain-words message for an error thrown while talking to the page or the background. */
export function errorMessage(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  // Protocol errors read "claim/save: message.item.note: longer than …": keep the reader's part.
  return text.replace(/^[a-z]+\/[a-z-]+: /, '');
}
