import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/dom/text-walker';
import { parsePage } from '../../../scripts/lib/parse-page';

describe('parsePage (the CLI tools’ HTML parser)', () => {
  it('builds the tree a browser builds, so inline SVG sprites do not swallow the article', () => {
    const html = `<!doctype html><html><head><title>Talks</title><style>p{}</style></head><body>
      <svg><symbol id="s"><polygon points="0,0 1,1"/></symbol><symbol id="t"><path d="M0"/></symbol></svg>
      <h1>Lavrov in Moscow</h1><p>Sergei <b>Lavrov</b> spoke.<script>var x = "Putin"</script></p></body></html>`;
    const page = parsePage(html);
    expect(page.title).toBe('Talks');
    expect(extractText(page.root).text.trim()).toBe('Lavrov in Moscow\nSergei Lavrov spoke.');
  });

  it('reads attributes the extractor checks', () => {
    const page = parsePage('<body><p hidden>gone</p><div aria-hidden="true">gone</div><p>kept</p></body>');
    expect(extractText(page.root).text).toBe('kept\n');
  });
});
