/**
 * The highlight looks a reader can choose from. Each is a named CSS Custom
 * Highlight (`newsmark-actor-<id>`, `newsmark-claim-<id>`) styled by the
 * content script's static stylesheet, so changing colours never needs a
 * style element in the page. Colours are translucent so they read on light
 * and dark sites alike.
 */
export type HighlightKind = 'actor' | 'claim';
/** Every highlight we paint: the two kinds a reader styles, plus saved quotes and the brief flash of a jump. */
export type MarkKind = HighlightKind | 'saved' | 'flash';
export const FIXED_MARKS = { saved: 'newsmark-saved', flash: 'newsmark-flash' } as const;

export interface HighlightStyle {
  id: string;
  label: string;
  /** a swatch for the settings page */
  swatch: string;
}

export const ACTOR_STYLES: readonly HighlightStyle[] = [
  { id: 'amber', label: 'Amber marker', swatch: 'rgba(255, 196, 0, 0.45)' },
  { id: 'green', label: 'Green marker', swatch: 'rgba(60, 200, 120, 0.38)' },
  { id: 'pink', label: 'Pink marker', swatch: 'rgba(255, 105, 180, 0.35)' },
  { id: 'outline', label: 'Dotted underline', swatch: 'rgba(230, 120, 0, 0.95)' },
];

export const CLAIM_STYLES: readonly HighlightStyle[] = [
  { id: 'blue-underline', label: 'Blue underline', swatch: 'rgba(0, 140, 255, 0.85)' },
  { id: 'violet-underline', label: 'Violet underline', swatch: 'rgba(150, 90, 255, 0.85)' },
  { id: 'blue-tint', label: 'Blue tint', swatch: 'rgba(0, 140, 255, 0.16)' },
  { id: 'grey-tint', label: 'Grey tint', swatch: 'rgba(128, 128, 128, 0.2)' },
];

export const DEFAULT_ACTOR_STYLE = 'amber';
export const DEFAULT_CLAIM_STYLE = 'blue-underline';

export function styleIds(kind: HighlightKind): string[] {
  return (kind === 'actor' ? ACTOR_STYLES : CLAIM_STYLES).map((style) => style.id);
}

/** The registered highlight name: says which kind it is and how it looks. */
export function highlightName(kind: HighlightKind, styleId: string): string {
  const ids = styleIds(kind);
  const id = ids.includes(styleId) ? styleId : kind === 'actor' ? DEFAULT_ACTOR_STYLE : DEFAULT_CLAIM_STYLE;
  return `newsmark-${kind}-${id}`;
}
