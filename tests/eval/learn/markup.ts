/**
 * The learn-then-find set (tests/eval/learn/src) is written in a markup that keeps
 * each statement's labels next to its words, so that they cannot drift when the
 * articles are edited; build.ts turns it into the JSONL files the evaluation reads.
 *
 * One file is one group: several outlets' versions of the same story.
 *
 *   @group Rotterdam dockers strike        the group's subject (one line)
 *   @s1 Jan Dekker                         a statement and its speaker as the reader names it
 *   @s2 -                                  a statement with no speaker
 *   === en | Reuters | 2026-03-04          an article: language, outlet, date
 *   === de | dpa | 2026-03-05 | distractor an article on the topic that carries none of the statements
 *   <first line: the headline>
 *   <further lines: paragraphs>
 *
 * Inside an article:
 *   {s1!|words}     the words a reader selects and tracks: exactly what is added to the
 *                   knowledge base (the statement's content, not "he said"); once per statement
 *   {s1|sentence}   a sentence (or headline) of another article that carries the statement,
 *                   quoted, partly quoted, paraphrased or translated
 *   {s1+s2|…}       a sentence carrying two statements
 * Lines starting with "#" outside an article body are comments.
 */

export interface LearnOccurrence {
  ref: string;
  sentence: string;
  start: number;
  end: number;
}

export interface LearnArticle {
  id: string;
  group: string;
  lang: string;
  outlet: string;
  date: string;
  url: string;
  title: string;
  /** Headline, a blank line, then the paragraphs one per line: what a scan reads. */
  text: string;
  distractor: boolean;
  sealed: boolean;
  /** Sentences carrying a statement learned from another article. */
  occurrences: LearnOccurrence[];
}

export interface LearnStatement {
  /** Global id, `<group>-<local id>`: the `id` of the --add-claims line. */
  id: string;
  group: string;
  text: string;
  speaker: string | null;
  lang: string;
  sealed: boolean;
  /** The article the reader tracks it from, and where in it. */
  article: string;
  start: number;
  end: number;
  source: { title: string; url: string; date: string };
}

export const LEARN_LANGS = ['en', 'ru', 'uk', 'de', 'fr', 'es', 'pt', 'pl', 'it'];

export class LearnMarkupError extends Error {}

interface Mark {
  ref: string;
  learn: boolean;
  start: number;
  end: number;
}

function parseBody(src: string, where: string): { text: string; marks: Mark[] } {
  let text = '';
  const marks: Mark[] = [];
  let open: { refs: string[]; learn: boolean; start: number } | null = null;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i];
    if (ch === '{') {
      if (open) throw new LearnMarkupError(`${where}: nested {`);
      const bar = src.indexOf('|', i);
      if (bar < 0) throw new LearnMarkupError(`${where}: { without |`);
      let head = src.slice(i + 1, bar);
      const learn = head.endsWith('!');
      if (learn) head = head.slice(0, -1);
      const refs = head.split('+');
      for (const r of refs) if (!/^s\d{1,2}$/.test(r)) throw new LearnMarkupError(`${where}: bad statement id "${r}"`);
      if (learn && refs.length > 1) throw new LearnMarkupError(`${where}: a learned span names one statement`);
      open = { refs, learn, start: text.length };
      i = bar;
    } else if (ch === '}') {
      if (!open) throw new LearnMarkupError(`${where}: } without {`);
      const span = text.slice(open.start);
      if (!span || span.trim() !== span) throw new LearnMarkupError(`${where}: empty span or outer spaces`);
      for (const ref of open.refs) marks.push({ ref, learn: open.learn, start: open.start, end: text.length });
      open = null;
    } else if (ch === '|' || ch === '[' || ch === ']') {
      throw new LearnMarkupError(`${where}: stray ${ch}`);
    } else {
      text += ch;
    }
  }
  if (open) throw new LearnMarkupError(`${where}: unclosed {`);
  return { text, marks };
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/** Parses one group file; `group` is its id (the file name), `sealed` whether it is held out. */
export function parseGroupFile(
  content: string,
  group: string,
  sealed: boolean,
): { articles: LearnArticle[]; statements: LearnStatement[] } {
  const speakers = new Map<string, string | null>();
  let subject = '';
  const raw: { line: number; header: string; lines: string[] }[] = [];
  let cur: { line: number; header: string; lines: string[] } | null = null;
  content.split(/\r?\n/).forEach((line, n) => {
    const t = line.trim();
    if (t.startsWith('===')) {
      cur = { line: n + 1, header: t.slice(3).trim(), lines: [] };
      raw.push(cur);
    } else if (!cur) {
      if (!t || t.startsWith('#')) return;
      const g = /^@group\s+(.+)$/.exec(t);
      const s = /^@(s\d{1,2})\s+(.+)$/.exec(t);
      if (g) subject = g[1];
      else if (s) {
        if (speakers.has(s[1])) throw new LearnMarkupError(`${group}:${n + 1}: ${s[1]} declared twice`);
        speakers.set(s[1], s[2].trim() === '-' ? null : s[2].trim());
      } else throw new LearnMarkupError(`${group}:${n + 1}: expected @group, @sN or ===`);
    } else if (t && !t.startsWith('#')) cur.lines.push(t);
  });
  if (!subject) throw new LearnMarkupError(`${group}: no @group line`);
  const articles: LearnArticle[] = [];
  const statements = new Map<string, LearnStatement>();
  raw.forEach((a, k) => {
    const where = `${group}:${a.line}`;
    const parts = a.header.split('|').map((p) => p.trim());
    const [lang, outlet, date, flag] = parts;
    if (!LEARN_LANGS.includes(lang)) throw new LearnMarkupError(`${where}: unknown language ${lang}`);
    if (!outlet || !/^\d{4}-\d{2}-\d{2}$/.test(date ?? '')) throw new LearnMarkupError(`${where}: header is "lang | outlet | YYYY-MM-DD"`);
    if (flag !== undefined && flag !== 'distractor') throw new LearnMarkupError(`${where}: unknown flag ${flag}`);
    if (a.lines.length < 2) throw new LearnMarkupError(`${where}: an article needs a headline and a body`);
    const { text, marks } = parseBody(a.lines[0] + '\n\n' + a.lines.slice(1).join('\n'), where);
    const id = `${group}-a${k + 1}`;
    const title = text.slice(0, text.indexOf('\n'));
    const url = `https://${slug(outlet)}.example/${date.replace(/-/g, '/')}/${slug(title).slice(0, 60)}`;
    const distractor = flag === 'distractor';
    if (distractor && marks.length) throw new LearnMarkupError(`${where}: a distractor carries a statement`);
    if (!distractor && !marks.length) throw new LearnMarkupError(`${where}: no statement marked: flag it "distractor"`);
    const occurrences: LearnOccurrence[] = [];
    for (const m of marks) {
      if (!speakers.has(m.ref)) throw new LearnMarkupError(`${where}: ${m.ref} is not declared`);
      if (m.learn) {
        const sid = `${group}-${m.ref}`;
        if (statements.has(sid)) throw new LearnMarkupError(`${where}: ${m.ref} is learned twice`);
        statements.set(sid, {
          id: sid,
          group,
          text: text.slice(m.start, m.end),
          speaker: speakers.get(m.ref) ?? null,
          lang,
          sealed,
          article: id,
          start: m.start,
          end: m.end,
          source: { title, url, date },
        });
      } else occurrences.push({ ref: `${group}-${m.ref}`, sentence: text.slice(m.start, m.end), start: m.start, end: m.end });
    }
    articles.push({ id, group, lang, outlet, date, url, title, text, distractor, sealed, occurrences });
  });
  for (const s of speakers.keys()) {
    const sid = `${group}-${s}`;
    const st = statements.get(sid);
    if (!st) throw new LearnMarkupError(`${group}: ${s} is never learned ({${s}!|…})`);
    const found = articles.some((a) => a.id !== st.article && a.occurrences.some((o) => o.ref === sid));
    if (!found) throw new LearnMarkupError(`${group}: ${s} appears in no other article`);
  }
  return { articles, statements: [...statements.values()] };
}
