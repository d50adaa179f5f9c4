/** The server maps stack traces through source maps only when Node was asked to (server/source-maps.ts). */
import { sourceMapsAsked } from '../../server/source-maps';

describe('sourceMapsAsked', () => {
  it('is false for a plain start', () => {
    expect(sourceMapsAsked([], '')).toBe(false);
    expect(sourceMapsAsked(['--import', 'tsx'], '--max-old-space-size=4096')).toBe(false);
  });

  it('follows --enable-source-maps in the arguments or in NODE_OPTIONS', () => {
    expect(sourceMapsAsked(['--enable-source-maps'], '')).toBe(true);
    expect(sourceMapsAsked([], '--max-old-space-size=4096  --enable-source-maps')).toBe(true);
  });

  it('is not fooled by a longer flag', () => {
    expect(sourceMapsAsked(['--enable-source-maps-x'], '')).toBe(false);
  });
});
