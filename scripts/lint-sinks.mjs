// `npm run lint`: page text is untrusted, so no code of ours may turn a string
// into HTML or code. Flags every HTML/code sink in the extension's sources.
// (Also run by the unit tests, so `npm test` enforces it.)
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const SCANNED_DIRS = ['entrypoints', 'components', 'lib', 'seeds'];

/** Each sink, and why it is banned. */
export const SINKS = [
  { pattern: /\.innerHTML\s*=|\.outerHTML\s*=/, why: 'assigns HTML: use textContent or Preact' },
  { pattern: /insertAdjacentHTML\s*\(/, why: 'parses HTML' },
  { pattern: /dangerouslySetInnerHTML/, why: 'renders a string as HTML' },
  { pattern: /\bdocument\.write(ln)?\s*\(/, why: 'writes HTML into the document' },
  { pattern: /(^|[^.\w])eval\s*\(/, why: 'runs a string as code' },
  { pattern: /\bnew\s+Function\s*\(/, why: 'runs a string as code' },
  { pattern: /\bset(Timeout|Interval)\s*\(\s*['"`]/, why: 'runs a string as code' },
  { pattern: /createContextualFragment\s*\(/, why: 'parses HTML' },
  { pattern: /\.setHTMLUnsafe\s*\(|parseHTMLUnsafe\s*\(/, why: 'parses HTML' },
];

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) yield* files(path);
    else if (/\.(ts|tsx|mts|js|mjs)$/.test(name)) yield path;
  }
}

export function findSinks(root = ROOT) {
  const problems = [];
  for (const dir of SCANNED_DIRS) {
    for (const file of files(join(root, dir))) {
      const lines = readFileSync(file, 'utf8').split('\n');
      lines.forEach((line, i) => {
        const code = line.replace(/\/\/.*$/, '');
        for (const sink of SINKS) {
          if (sink.pattern.test(code)) problems.push({ file: relative(root, file), line: i + 1, why: sink.why, text: line.trim() });
        }
      });
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = findSinks();
  for (const p of problems) console.error(`${p.file}:${p.line}: ${p.why}\n    ${p.text}`);
  console.log(problems.length === 0 ? 'lint: no HTML or code sinks in the extension sources' : `lint: ${problems.length} problem(s)`);
  process.exit(problems.length === 0 ? 0 : 1);
}
