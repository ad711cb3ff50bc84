/** A small knowledge base of our own for the matcher's unit tests. */
import type { Actor, Alias, Claim } from '../../../lib/kb/types';

function actor(id: string, kind: Actor['kind'], name: string, aliases: Alias[]): Actor {
  return { id, ref: id, kind, name, role: '', description: '', aliases, relations: [], sourceIds: [] };
}
const a = (text: string, type: Alias['type'], extra: Partial<Alias> = {}, lang = 'en'): Alias => ({ text, lang, type, ...extra });

export const actors: Actor[] = [
  actor('A01', 'person', 'Sergei Lavrov', [
    a('Sergei Lavrov', 'name'),
    a('Lavrov', 'surname'),
    a('Сергей Лавров', 'name', {}, 'ru'),
    a('Лавров', 'surname', {}, 'ru'),
    a('Russian foreign minister', 'title'),
    a('Russia’s foreign minister', 'title'),
    a('Russian Foreign Minister', 'title'),
  ]),
  actor('A02', 'person', 'Vladimir Putin', [a('Vladimir Putin', 'name'), a('Putin', 'surname'), a('Путин', 'surname', {}, 'ru'), a('Putins', 'inflection', {}, 'de')]),
  actor('A03', 'person', 'Donald Trump', [a('Donald Trump', 'name'), a('Trump', 'surname'), a('Трамп', 'surname', {}, 'ru')]),
  actor('A04', 'person', 'Volodymyr Zelensky', [
    a('Volodymyr Zelensky', 'name'),
    a('Zelensky', 'surname'),
    a('Zelenskyy', 'variant'),
    a('Selenskyj', 'variant', {}, 'de'),
    a('Зеленский', 'variant', {}, 'ru'),
    a('Зеленський', 'variant', {}, 'uk'),
    a("Ukraine's president", 'title'),
  ]),
  actor('A05', 'country', 'Russia', [
    a('Russia', 'name'),
    a('Россия', 'name', {}, 'ru'),
    a('Russland', 'name', {}, 'de'),
    a('Moscow', 'metonym'),
    a('the Kremlin', 'metonym'),
    a('Russian', 'demonym'),
  ]),
  actor('A06', 'country', 'Ukraine', [a('Ukraine', 'name'), a('Україна', 'name', {}, 'uk'), a('Украина', 'name', {}, 'ru'), a('Kyiv', 'metonym'), a('Kiev', 'metonym'), a('Ukrainian', 'demonym')]),
  actor('A07', 'country', 'United States', [
    a('United States', 'name'),
    a('US', 'abbreviation'),
    a('U.S.', 'abbreviation', { unlessFollowedBy: ['Open'] }),
    a('Washington', 'metonym', { unlessFollowedBy: ['Post', 'Times'], unlessPrecededBy: ['George'] }),
  ]),
  actor('A08', 'organisation', 'NATO', [a('NATO', 'abbreviation'), a('ОТАН', 'abbreviation', {}, 'ru')]),
  actor('A20', 'country', 'Georgia', [a('Georgia', 'name')]),
  actor('A11', 'country', 'Germany', [a('Germany', 'name'), a('Alemanha', 'name', {}, 'pt'), a('alemã', 'demonym', {}, 'pt'), a('German', 'demonym')]),
  actor('A21', 'person', 'John Smith', [a('John Smith', 'name'), a('Smith', 'surname', { requiresPriorName: true })]),
  actor('A14', 'organisation', 'Russian armed forces', [a('Russian armed forces', 'name', { caseSensitive: false })]),
];

const term = (text: string, lang = 'en') => ({ text, lang });

export const claims: Claim[] = [
  {
    id: 'C06',
    ref: 'C06',
    speakerId: 'A01',
    attribution: 'Lavrov',
    subjectIds: ['A05', 'A06'],
    summary: 'Russia rejects deploying European peacekeeping troops in Ukraine',
    lang: 'en',
    polarity: 'negative',
    concepts: [
      {
        label: 'peacekeepers',
        weight: 2,
        required: true,
        terms: [term('peacekeep*'), term('peacekeeping troops'), term('миротвор*', 'ru'), term('Friedenstruppe*', 'de'), term('casques bleus', 'fr'), term('tropas de paz', 'es')],
      },
      {
        label: 'reject',
        weight: 1,
        terms: [term('reject'), term('rule out'), term('oppose'), term('unacceptable'), term('отверг*', 'ru'), term('неприемлем*', 'ru'), term('lehnt ab', 'de'), term('rejette', 'fr'), term('rechaza', 'es')],
      },
      { label: 'deploy', weight: 1, terms: [term('deploy'), term('deployment'), term('размещ*', 'ru'), term('Stationierung', 'de'), term('despliegue', 'es'), term('déploiement', 'fr')] },
    ],
    evidence: [],
  },
  {
    id: 'C01',
    ref: 'C01',
    speakerId: 'A01',
    attribution: 'Lavrov, reporting Putin',
    subjectIds: ['A02', 'A05', 'A06'],
    summary: "Putin expressed Russia's willingness to provide security guarantees for Ukraine",
    lang: 'en',
    polarity: 'affirmative',
    concepts: [
      { label: 'guarantees', weight: 2, required: true, terms: [term('security guarantees'), term('guarantee*'), term('assurances'), term('гаранти* безопасности', 'ru'), term('Sicherheitsgarantie*', 'de')] },
      { label: 'willing', weight: 1, terms: [term('willing'), term('willingness'), term('ready'), term('prepared'), term('готов*', 'ru'), term('bereit', 'de')] },
      { label: 'provide', weight: 1, terms: [term('provide'), term('offer'), term('give'), term('предостав*', 'ru'), term('geben', 'de')] },
    ],
    evidence: [],
  },
  {
    id: 'U-1',
    ref: 'U-1',
    speakerId: null,
    attribution: 'a user',
    subjectIds: [],
    summary: 'The city council is willing to build a new bridge over the river',
    lang: 'en',
    polarity: 'affirmative',
    concepts: [],
    evidence: [],
  },
  {
    id: 'U-2',
    ref: 'U-2',
    speakerId: null,
    attribution: 'a user',
    subjectIds: [],
    summary: 'Vaccines cause autism in young children',
    lang: 'en',
    polarity: 'affirmative',
    concepts: [],
    evidence: [],
  },
];

export const fixtureKb = { version: 'fixture-1', actors, claims };
