/**
 * Reads the JSONL file of `--add-claims` (scanner and evaluation): one claim
 * a line, checked completely before anything is added.
 */
import { readFileSync } from 'node:fs';
import { checkAddClaimLine, type AddClaimLine } from '../../lib/kb/track-claim';

export function parseAddClaims(content: string, where = 'add-claims'): AddClaimLine[] {
  const out: AddClaimLine[] = [];
  const seen = new Set<string>();
  content.split(/\r?\n/).forEach((line, n) => {
    if (!line.trim()) return;
    let x: unknown;
    try {
      x = JSON.parse(line);
    } catch {
      throw new Error(`${where}:${n + 1}: not JSON`);
    }
    const err = checkAddClaimLine(x);
    if (err) throw new Error(`${where}:${n + 1}: ${err}`);
    const o = x as AddClaimLine;
    if (seen.has(o.id)) throw new Error(`${where}:${n + 1}: id "${o.id}" is used twice`);
    seen.add(o.id);
    out.push({ id: o.id, text: o.text, speaker: o.speaker ?? null, lang: o.lang });
  });
  return out;
}

export function loadAddClaims(file: string): AddClaimLine[] {
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    throw new Error(`${file}: ${err.code === 'ENOENT' ? 'no such file' : err.message}`);
  }
  return parseAddClaims(content, file);
}
