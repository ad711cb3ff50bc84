import { describe, expect, it } from 'vitest';
import { cleanSocialText, splitCamelCase } from '../../../lib/text/social';

describe('cleanSocialText', () => {
  it('drops links, and splits hashtags and handles into words', () => {
    expect(cleanSocialText('Read this https://t.co/abc #DefundTheCBC @MorganEastwood')).toBe('Read this Defund The CBC Morgan Eastwood');
    expect(cleanSocialText('Footage pic.twitter.com/0eJtwJyS1J here www.example.com/x')).toBe('Footage here');
  });

  it('drops a link glued to the hashtag before it, keeping the tag whole', () => {
    expect(cleanSocialText('#DefundTheCBChttps://t.co/CsHG8R9cHp — Brad')).toBe('Defund The CBC — Brad');
    expect(cleanSocialText('last year. Background: https://t.co/6HDggoMSi2pic.twitter.com/zv3zKmt2mB')).toBe('last year. Background:');
  });

  it('splits camel case, acronyms and digits', () => {
    expect(splitCamelCase('BoycottCVSNow')).toBe('Boycott CVS Now');
    expect(splitCamelCase('Zeroto100')).toBe('Zeroto 100');
  });
});
