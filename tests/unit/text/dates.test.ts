import { describe, expect, it } from 'vitest';
import { isDayOfMonth } from '../../../lib/text/dates';

const days = (keys: string) => keys.split(' ').map((_, i, a) => isDayOfMonth(a, i));

describe('isDayOfMonth', () => {
  it('finds the day next to a month name, either side, in several languages', () => {
    expect(days('november 9 2016')).toEqual([false, true, false]);
    expect(days('on 14 february 2018')).toEqual([false, true, false, false]);
    expect(days('le 3 mars')).toEqual([false, true, false]);
    expect(days('9 ноября')).toEqual([true, false]);
  });

  it('leaves other numbers alone', () => {
    expect(days('14 year old')).toEqual([false, false, false]);
    expect(days('november 2016')).toEqual([false, false]);
    expect(days('march 45')).toEqual([false, false]);
    expect(days('june 0')).toEqual([false, false]);
  });
});
