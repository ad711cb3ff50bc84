/**
 * Lays out the compiled index as the flat tables of lib/match/flat.ts. Runs where the index is
 * compiled (the background, the command-line tools): the hash maps and objects of
 * lib/match/tables.ts are built here once per knowledge-base version, so a tab never builds them.
 */
import type { CompiledIndex } from './compile';
import { packTables, type FlatIndex, type FlatTables } from './flat';
import { StringPoolBuilder } from './string-pool';
import { buildActorTrie, buildClaimIndex, type TrieNode } from './tables';

const i32 = (xs: ArrayLike<number>) => Int32Array.from(xs as ArrayLike<number>);
const u8 = (xs: ArrayLike<number>) => Uint8Array.from(xs as ArrayLike<number>);

/** CSR layout of per-owner lists: offsets (one more than owners) and the items. */
function csr(lists: ArrayLike<number>[]): { start: Int32Array; data: Int32Array } {
  const start = new Int32Array(lists.length + 1);
  let total = 0;
  for (let i = 0; i < lists.length; i++) {
    start[i] = total;
    total += lists[i].length;
  }
  start[lists.length] = total;
  const data = new Int32Array(total);
  for (let i = 0; i < lists.length; i++) data.set(Array.from(lists[i]), start[i]);
  return { start, data };
}

export function flattenIndex(index: CompiledIndex): FlatIndex {
  const { trie, aliases } = buildActorTrie(index);
  const ci = buildClaimIndex(index);
  const pool = new StringPoolBuilder();

  // Words first: the per-word tables below cover ids under keyCount only.
  const nodes: TrieNode[] = [];
  const nodeId = new Map<TrieNode, number>();
  const visit = (level: Map<string, TrieNode>) => {
    for (const [key, node] of level) {
      pool.intern(key);
      nodeId.set(node, nodes.length);
      nodes.push(node);
      if (node.next) visit(node.next);
    }
  };
  visit(trie.root);
  for (const al of aliases) {
    for (const k of al.after ?? []) pool.intern(k);
    for (const k of al.before ?? []) pool.intern(k);
  }
  for (const t of ci.terms) for (const tok of t.toks) pool.intern(tok);
  for (const k of ci.first.keys()) pool.intern(k);
  for (const k of ci.prefixFirst.keys()) pool.intern(k);
  for (const k of ci.secExact.keys()) pool.intern(k);
  for (const k of ci.secPrefix.keys()) pool.intern(k);
  for (const k of ci.vocab.keys()) pool.intern(k);
  const keyCount = pool.size;

  const lists: number[] = [];
  const listOf = (items: number[]) => {
    const at = lists.length;
    lists.push(items.length);
    for (const x of items) lists.push(x);
    return at;
  };
  const perKey = () => new Int32Array(keyCount).fill(-1);
  const keyRoot = perKey();
  const keyFirst = perKey();
  const keyPrefix = perKey();
  const keyVocab = perKey();
  const keySecExact = perKey();
  const keySecPrefix = perKey();
  for (const [key, node] of trie.root) keyRoot[pool.intern(key)] = nodeId.get(node)!;
  for (const [key, terms] of ci.first) keyFirst[pool.intern(key)] = listOf(terms);
  for (const [key, terms] of ci.prefixFirst) keyPrefix[pool.intern(key)] = listOf(terms);
  for (const [key, id] of ci.vocab) keyVocab[pool.intern(key)] = id;
  for (const [key, id] of ci.secExact) keySecExact[pool.intern(key)] = id;
  for (const [key, id] of ci.secPrefix) keySecPrefix[pool.intern(key)] = id;

  // The trie: children as (word id, node) pairs; alias ends in the order they were inserted.
  const children: number[][] = [];
  const childNodes: number[][] = [];
  const ends: number[][] = [];
  for (const node of nodes) {
    // Sorted by word id: a node with many children (a common first name) is searched by halves.
    const pairs: [number, number][] = [];
    if (node.next) for (const [key, child] of node.next) pairs.push([pool.intern(key), nodeId.get(child)!]);
    pairs.sort((x, y) => x[0] - y[0]);
    children.push(pairs.map((p) => p[0]));
    childNodes.push(pairs.map((p) => p[1]));
    ends.push(node.ends ?? []);
  }
  const childCsr = csr(children);
  const endCsr = csr(ends);

  const aliasTok = csr(aliases.map((al) => new Array<number>(al.ntok).fill(0)));
  const aliasPattern = new Uint8Array(aliasTok.data.length);
  const aliasMarks = new Uint8Array(aliasTok.data.length);
  aliases.forEach((al, a) => {
    for (let i = 0; i < al.ntok; i++) {
      aliasPattern[aliasTok.start[a] + i] = Number(al.pattern[i] ?? '0');
      aliasMarks[aliasTok.start[a] + i] = al.marks?.[i] === '1' ? 1 : 0;
    }
  });
  const after = csr(aliases.map((al) => [...(al.after ?? [])].map((k) => pool.intern(k))));
  const before = csr(aliases.map((al) => [...(al.before ?? [])].map((k) => pool.intern(k))));

  const actorId = i32(index.actors.map((a) => pool.intern(a[0])));
  const actorRef = i32(index.actors.map((a) => pool.intern(a[1])));
  const actorKind = i32(index.actors.map((a) => pool.intern(a[2])));
  // Later duplicates win, as they did in a Map built from the list.
  const lastById = new Map<number, number>();
  actorId.forEach((id, a) => lastById.set(id, a));
  const actorsById = i32([...lastById.entries()].sort((x, y) => x[0] - y[0]).map(([, a]) => a));

  const claims = index.claims;
  const su = csr(claims.map((c) => c.su));
  const co = csr(claims.map((c) => c.co.map(() => 0)));
  const coWeight = new Float64Array(co.data.length);
  const coRequired = new Uint8Array(co.data.length);
  claims.forEach((c, i) =>
    c.co.forEach(([w, req], k) => {
      coWeight[co.start[i] + k] = w;
      coRequired[co.start[i] + k] = req;
    }),
  );
  // Older compiled indexes have neither: every list empty, as the hash-map matcher read them.
  const coActors = csr(claims.flatMap((c) => c.co.map((_, k) => c.ca?.[k] ?? [])));
  const aff = csr(index.actors.map((_, a) => index.affiliations?.[a] ?? []));
  const claimSecondary = new Int32Array(claims.length).fill(-1);
  for (const [claim, terms] of ci.secondary) claimSecondary[claim] = listOf(terms);

  const termTok = csr(ci.terms.map((t) => t.toks.map((tok) => pool.intern(tok))));
  const termPrefix = u8(ci.terms.flatMap((t) => t.prefix.map((p) => (p ? 1 : 0))));

  const post = csr(ci.postings);
  const pref = csr(ci.prefixPostings);
  const prefDef = csr(ci.prefixPostingsDefault);
  const docTerms = csr(ci.docIds);
  const docTfs = csr(ci.docTfs);
  const docW = new Float64Array(docTerms.data.length);
  ci.docW.forEach((w, d) => docW.set(w, docTerms.start[d]));

  const claimId = i32(claims.map((c) => pool.intern(c.id)));
  const claimRef = i32(claims.map((c) => pool.intern(c.ref)));
  // Every string is in: the pool can be laid out.
  const poolArrays = pool.build();
  const tables: FlatTables = {
    poolChars: poolArrays.chars,
    poolStart: poolArrays.start,
    poolTable: poolArrays.table,
    keyRoot,
    keyFirst,
    keyPrefix,
    keyVocab,
    keySecExact,
    keySecPrefix,
    nodeTilde: u8(nodes.map((n) => (n.tilde ? 1 : 0))),
    nodeChildStart: childCsr.start,
    childKey: childCsr.data,
    childNode: csr(childNodes).data,
    nodeEndStart: endCsr.start,
    endAlias: endCsr.data,
    aliasActor: i32(aliases.map((al) => al.actor)),
    aliasType: u8(aliases.map((al) => al.type)),
    aliasPrior: u8(aliases.map((al) => (al.requiresPriorName ? 1 : 0))),
    aliasHasMarks: u8(aliases.map((al) => (al.marks ? 1 : 0))),
    aliasTokStart: aliasTok.start,
    aliasPattern,
    aliasMarks,
    aliasAfterStart: after.start,
    aliasAfter: after.data,
    aliasBeforeStart: before.start,
    aliasBefore: before.data,
    actorId,
    actorRef,
    actorKind,
    actorsById,
    actorAffStart: aff.start,
    actorAff: aff.data,
    claimId,
    claimRef,
    claimSp: i32(claims.map((c) => c.sp)),
    claimNeg: u8(claims.map((c) => c.neg)),
    claimSuStart: su.start,
    claimSu: su.data,
    claimCoStart: co.start,
    coWeight,
    coRequired,
    coActorStart: coActors.start,
    coActor: coActors.data,
    claimSecondary,
    termClaim: i32(ci.terms.map((t) => t.claim)),
    termConcept: i32(ci.terms.map((t) => t.concept)),
    termAnchor: i32(ci.terms.map((t) => t.anchor)),
    termTokStart: termTok.start,
    termTok: termTok.data,
    termPrefix,
    secAnchorOf: ci.secAnchorOf,
    lists: i32(lists),
    df: ci.df,
    idf: ci.idf,
    postStart: post.start,
    postData: post.data,
    prefStart: pref.start,
    prefData: pref.data,
    prefDefStart: prefDef.start,
    prefDefData: prefDef.data,
    docClaim: ci.docClaim,
    docLen: ci.docLen,
    docDistinct: ci.docDistinct,
    docNeg: ci.docNeg,
    selfScore: ci.selfScore,
    docStart: docTerms.start,
    docTermId: docTerms.data,
    docTermTf: docTfs.data,
    docTermW: docW,
  };
  return packTables(tables, {
    version: index.version,
    keyCount,
    tolerant: trie.tolerant,
    prefixLens: ci.prefixLens,
    secPrefixLens: ci.secPrefixLens,
    secExactCount: ci.secExact.size,
    secIdCount: ci.secExact.size + ci.secPrefix.size,
    hasSecondary: ci.secondary.size > 0,
    avgdl: ci.avgdl,
    maxDf: ci.maxDf,
    langs: index.bm25.langs ?? [],
  });
}
