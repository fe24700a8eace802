import { isSector, SECTORS } from './sector';

describe('sectors', () => {
  it('knows the four worlds and the municipality', () => {
    expect(SECTORS).toEqual(['welzijn', 'jeugdhulp', 'werk-en-inkomen', 'onderwijs', 'gemeente']);
  });

  it('rejects an unknown sector', () => {
    expect(isSector('zorg')).toBe(false);
    expect(isSector('jeugdhulp')).toBe(true);
  });
});
