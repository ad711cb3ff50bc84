/**
 * Attribution CLI: who said what in text or HTML files, with the extension's
 * own extraction, matcher and attribution code.
 *
 *   npm run attribute -- FILE…
 *
 * One JSON line per file:
 *   {"file", "statements": [{"start", "end", "kind", "text", "cue": {"start", "end"} | null,
 *    "speaker": {"start", "end", "text"} | null, "speakerName", "actor": "A01" | null,
 *    "quotes": [{"start", "end"}] (German copy only: the speaker's own words quoted inside an indirect or mixed statement)}]}
 *
 * Offsets are UTF-16 indices as for `npm run scan`: into a .txt file's content
 * as read, into the text the content script reads for .html/.htm.
 * A missing or unreadable file is reported on stderr; the exit code is then 1.
 */
import { readFileSync } from 'node:fs';
import { parsePage } from './lib/parse-page';
import { hiddenByInlineStyle } from '../lib/dom/text-walker';
import { matchText } from '../lib/content/chunked-match';
import { scanDocument } from '../lib/content/scan-document';
import type { ActorMention } from '../lib/match/types';
import { loadSeedKnowledgeBase } from '../seeds/node';
import { compileIndex } from '../lib/match/compile';
import { createMatcher } from '../lib/match/matcher';
import { attribute } from '../lib/attribution';

const files = process.argv.slice(2).filter((a) => a !== '--');
if (files.length === 0 || files.includes('--help') || files.includes('-h')) {
  console.error('usage: npm run attribute -- FILE…');
  process.exit(2);
}

const kb = loadSeedKnowledgeBase();
const matcher = createMatcher(compileIndex(kb));
const byId = new Map(kb.actors.map((a) => [a.id, a]));

/** The text and its actor mentions exactly as `npm run scan` reads them. */
function read(file: string): { text: string; actors: ActorMention[] } {
  const content = readFileSync(file, 'utf8');
  if (!/\.html?$/i.test(file)) return { text: content, actors: matchText(content, matcher, {}).actors };
  const scan = scanDocument(parsePage(content).root, matcher, { isHidden: hiddenByInlineStyle });
  return { text: scan.extracted.text, actors: scan.result.actors };
}

let failed = false;
for (const file of files) {
  let text: string;
  let actors: ActorMention[];
  try {
    ({ text, actors } = read(file));
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    console.error(`attribute: ${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
    failed = true;
    continue;
  }
  const statements = attribute(text, {
    actorMentions: actors,
    actorName: (id) => byId.get(id)?.name,
    actorKind: (id) => byId.get(id)?.kind,
  }).map((s) => ({ start: s.start, end: s.end, kind: s.kind, text: s.text, cue: s.cue, speaker: s.speaker, speakerName: s.speakerName, actor: s.actor, ...(s.quotes ? { quotes: s.quotes } : {}) }));
  process.stdout.write(JSON.stringify({ file, statements }) + '\n');
}
process.exitCode = failed ? 1 : 0;
