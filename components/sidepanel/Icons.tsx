/** Small inline icons: decorative, the buttons carrying them have labels of their own. */
import type { SVGAttributes } from 'preact';

const base: SVGAttributes<SVGSVGElement> = {
  width: 16,
  height: 16,
  viewBox: '0 0 16 16',
  fill: 'none',
  stroke: 'currentColor',
  'stroke-width': 2,
  'stroke-linecap': 'round',
  'stroke-linejoin': 'round',
  'aria-hidden': true,
};

export const UpIcon = () => (
  <svg {...base}>
    <path d="M3.5 10 8 5.5l4.5 4.5" />
  </svg>
);

export const DownIcon = () => (
  <svg {...base}>
    <path d="M3.5 6 8 10.5 12.5 6" />
  </svg>
);

export const CloseIcon = () => (
  <svg {...base}>
    <path d="m4 4 8 8M12 4l-8 8" />
  </svg>
);
