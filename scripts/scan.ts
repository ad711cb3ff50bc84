/**
 * Scanner CLI: scans files with the seed knowledge base and the same
 * extraction and matching code as the content script.
 *
 *   npm run scan -- [--threshold X] [--add-claims FILE.jsonl] <file>...
 *
 * --add-claims: each line of FILE.jsonl, {"id": "X1", "text": "…", "speaker":
 * "<name>"|null, "lang": "en"}, is added on top of the seed knowledge base
 * exactly as the "Track this claim" action adds it (lib/kb/track-claim.ts);
 * its matches are reported in `claims` with "ref": "X1".
 *
 * Prints one JSON object per file and per line:
 *   {"file": "...", "actors": [{"ref", "name", "mentions": [{"start", "end", "text"}]}],
 *    "claims": [{"ref", "score", "start", "end", "text"}]}
 *
 * Offsets are JavaScript string indices (UTF-16):
 * - for a plain-text file, into its content exactly as read (UTF-8);
 * - for a page (.html/.htm), into the text extracted by lib/dom/text-walker.ts
 *   from the <body> of the page parsed as a browser would (parse5): block
 *   boundaries become "\n", other whitespace one space each, and elements
 *   hidden by their own style attribute are skipped — the text the content
 *   script scans, as far as it can be known without layout.
 * A missing or unreadable file is reported on stderr; the other files are
 * still scanned and the exit code is 1.
 */
import { readFileSync } from 'node:fs';
import { parsePage } from './lib/parse-page';
import { hiddenByInlineStyle } from '../lib/dom/text-walker';
import { matchText } from '../lib/content/chunked-match';
import { loadSeedKnowledgeBase } from '../seeds/node';
import { compileIndex } from '../lib/match/compile';
import { createMatcher } from '../lib/match/matcher';
import { scanDocument } from '../lib/content/scan-document';
import type { Actor } from '../lib/kb/types';
import { loadAddClaims } from './lib/add-claims';
import { addTrackedClaims } from '../lib/kb/track-claim';
import type { ScanResult } from '../lib/match/types';

function usage(): never {
  console.error('usage: npm run scan -- [--threshold X] [--add-claims FILE.jsonl] <file>...');
  process.exit(2);
}

const args = process.argv.slice(2);
let threshold: number | undefined;
let addClaimsFile: string | undefined;
const files: string[] = [];
for (let i = 0; i < args.length; i++) {
  const a = args[i];
  if (a === '--threshold' || a.startsWith('--threshold=')) {
    const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
    const x = Number(v);
    if (v === undefined || !Number.isFinite(x) || x < 0 || x > 1) {
      console.error(`--threshold needs a number between 0 and 1, got ${v}`);
      process.exit(2);
    }
    threshold = x;
  } else if (a === '--add-claims' || a.startsWith('--add-claims=')) {
    addClaimsFile = a.includes('=') ? a.slice(a.indexOf('=') + 1) : args[++i];
    if (!addClaimsFile) usage();
  } else if (a === '--help' || a === '-h') usage();
  else if (a === '--') continue;
  else files.push(a);
}
if (files.length === 0) usage();

let kb = loadSeedKnowledgeBase();
if (addClaimsFile) {
  try {
    kb = addTrackedClaims(kb, loadAddClaims(addClaimsFile)).kb;
  } catch (e) {
    console.error(`scan: ${(e as Error).message}`);
    process.exit(2);
  }
}
const matcher = createMatcher(compileIndex(kb));
const actorsById = new Map<string, Actor>(kb.actors.map((a) => [a.id, a]));
const options = threshold === undefined ? {} : { threshold };

function scanFile(file: string): ScanResult {
  const content = readFileSync(file, 'utf8');
  if (!/\.html?$/i.test(file)) return matchText(content, matcher, options);
  // Parsed as a browser parses it, then read with the content script's own extraction.
  const page = parsePage(content);
  return scanDocument(page.root, matcher, { ...options, isHidden: hiddenByInlineStyle }).result;
}

let failed = false;
for (const file of files) {
  let result: ScanResult;
  try {
    result = scanFile(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.error(`scan: ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
    failed = true;
    continue;
  }
  const byActor = new Map<string, { ref: string; name: string; mentions: { start: number; end: number; text: string }[] }>();
  for (const m of result.actors) {
    let entry = byActor.get(m.actorId);
    if (!entry) {
      entry = { ref: m.ref, name: actorsById.get(m.actorId)?.name ?? m.ref, mentions: [] };
      byActor.set(m.actorId, entry);
    }
    entry.mentions.push({ start: m.start, end: m.end, text: m.text });
  }
  const claims = result.claims.map((c) => ({ ref: c.ref, score: c.score, start: c.start, end: c.end, text: c.text }));
  process.stdout.write(JSON.stringify({ file, actors: [...byActor.values()], claims }) + '\n');
}
process.exitCode = failed ? 1 : 0;
