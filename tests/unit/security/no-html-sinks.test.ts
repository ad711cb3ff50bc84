// @vitest-environment node
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSinks, SCANNED_DIRS } from '../../../scripts/lint-sinks.mjs';

describe('untrusted text never becomes HTML or code', () => {
  it('the extension sources use no HTML or code sink', () => {
    expect(findSinks()).toEqual([]);
  });

  it('the check catches each kind of sink', () => {
    const root = mkdtempSync(join(tmpdir(), 'sinks-'));
    for (const dir of SCANNED_DIRS) mkdirSync(join(root, dir));
    writeFileSync(
      join(root, 'lib', 'bad.ts'),
      [
        'el.innerHTML = pageText;',
        'el.insertAdjacentHTML("beforeend", x);',
        '<div dangerouslySetInnerHTML={{ __html: x }} />',
        'eval(code);',
        'new Function("return 1");',
        'setTimeout("alert(1)", 0);',
        'document.write(x);',
        '// el.innerHTML = "only a comment";',
        'retrieval(x); // a word ending in eval( is fine',
      ].join('\n'),
    );
    const found = findSinks(root).map((p) => p.line);
    expect(found).toEqual([1, 2, 3, 4, 5, 6, 7]);
  });
});
