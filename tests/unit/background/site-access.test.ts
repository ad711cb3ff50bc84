import { describe, expect, it } from 'vitest';
import {
  ALL_SITES,
  allowedSites,
  grantsAllSites,
  originsForSite,
  patternCoversUrl,
  readerMatches,
  urlIsGranted,
} from '../../../lib/background/site-access';

describe('site access', () => {
  it('asks for a domain with its subdomains, and for an address or localhost alone, on both schemes and any port', () => {
    expect(originsForSite('bbc.co.uk')).toEqual(['http://*.bbc.co.uk/*', 'https://*.bbc.co.uk/*']);
    expect(originsForSite('News.Example.com:8080')).toEqual(['http://*.news.example.com/*', 'https://*.news.example.com/*']);
    expect(originsForSite('127.0.0.1')).toEqual(['http://127.0.0.1/*', 'https://127.0.0.1/*']);
    expect(originsForSite('localhost:3000')).toEqual(['http://localhost/*', 'https://localhost/*']);
  });

  it('tells which pages a granted pattern covers', () => {
    const [http, https] = originsForSite('bbc.co.uk');
    expect(patternCoversUrl(https!, 'https://www.bbc.co.uk/news/world-1')).toBe(true);
    expect(patternCoversUrl(https!, 'https://bbc.co.uk/')).toBe(true);
    expect(patternCoversUrl(http!, 'https://bbc.co.uk/')).toBe(false);
    // A look-alike domain is not a subdomain.
    expect(patternCoversUrl(https!, 'https://evilbbc.co.uk/')).toBe(false);
    expect(patternCoversUrl('http://127.0.0.1/*', 'http://127.0.0.1:4173/article')).toBe(true);
    expect(patternCoversUrl('https://*/*', 'https://anything.example/x')).toBe(true);
    expect(patternCoversUrl('https://*/*', 'chrome://settings')).toBe(false);
    expect(patternCoversUrl('*://news.example/*', 'http://news.example/a')).toBe(true);
    expect(patternCoversUrl('https://news.example/politics/*', 'https://news.example/sport/x')).toBe(false);
    expect(patternCoversUrl('https://news.example/politics/*', 'https://news.example/politics/x')).toBe(true);
    expect(patternCoversUrl('not a pattern', 'https://news.example/')).toBe(false);
    expect(urlIsGranted([], 'https://news.example/')).toBe(false);
  });

  it('registers the reader on every web page when every site is granted, else on exactly the granted sites', () => {
    expect(grantsAllSites([...ALL_SITES])).toBe(true);
    expect(grantsAllSites(['https://*/*'])).toBe(false);
    expect(readerMatches([...ALL_SITES, 'http://127.0.0.1/*'])).toEqual([...ALL_SITES]);
    expect(readerMatches(['https://*.b.example/*', 'https://*.a.example/*', 'moz-extension://abc/*'])).toEqual([
      'https://*.a.example/*',
      'https://*.b.example/*',
    ]);
    expect(readerMatches([])).toEqual([]);
  });

  it('lists the sites allowed one by one, grouped by host, without "every site"', () => {
    const origins = [...ALL_SITES, ...originsForSite('bbc.co.uk'), 'http://127.0.0.1/*', 'https://www.lemonde.fr/*'];
    expect(allowedSites(origins)).toEqual([
      { host: '127.0.0.1', subdomains: false, origins: ['http://127.0.0.1/*'] },
      { host: 'bbc.co.uk', subdomains: true, origins: originsForSite('bbc.co.uk') },
      { host: 'www.lemonde.fr', subdomains: false, origins: ['https://www.lemonde.fr/*'] },
    ]);
  });
});
