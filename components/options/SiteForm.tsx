/**
 * A site the reader types or pastes (a URL, a host with a port), checked
 * before anything acts on it. Used to allow a site and to turn one off.
 */
import { useState } from 'preact/hooks';
import { siteFromInput } from './site-input';

export function SiteForm({
  label,
  submitLabel,
  inputTestId,
  submitTestId,
  errorId,
  style,
  onSite,
}: {
  label: string;
  submitLabel: string;
  inputTestId: string;
  submitTestId?: string;
  errorId: string;
  style?: Record<string, string>;
  /**
   * Called in the submit itself (a permission request needs the reader's
   * action); true, or a promise of true, empties the field.
   */
  onSite(host: string): boolean | Promise<boolean>;
}) {
  const [input, setInput] = useState('');
  const [error, setError] = useState('');
  return (
    <form
      class="row"
      style={style}
      onSubmit={(event) => {
        event.preventDefault();
        const host = siteFromInput(input);
        if (!host) {
          setError('Enter a site such as news.example.com.');
          return;
        }
        setError('');
        const done = onSite(host);
        if (done === true) setInput('');
        else if (done !== false) void done.then((clear) => clear && setInput(''));
      }}
    >
      <label class="field">
        {label}
        <input
          type="text"
          data-testid={inputTestId}
          value={input}
          placeholder="news.example.com"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => setInput((e.target as HTMLInputElement).value)}
        />
      </label>
      <button type="submit" data-testid={submitTestId}>
        {submitLabel}
      </button>
      {error ? (
        <span id={errorId} class="error small" role="alert">
          {error}
        </span>
      ) : null}
    </form>
  );
}
