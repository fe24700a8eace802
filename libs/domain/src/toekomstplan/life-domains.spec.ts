import { DEFAULT_LIFE_DOMAINS } from './life-domains';

describe('DEFAULT_LIFE_DOMAINS', () => {
  it('are the seven leefgebieden of DOMAIN.md with stable kebab-case keys, in order', () => {
    expect(DEFAULT_LIFE_DOMAINS.map((domain) => domain.key)).toEqual([
      'wonen',
      'onderwijs-en-werk',
      'inkomen-en-schulden',
      'gezondheid',
      'netwerk-en-relaties',
      'vrije-tijd',
      'veiligheid-en-justitie',
    ]);
  });

  it('carry the Dutch labels shown to professionals', () => {
    expect(DEFAULT_LIFE_DOMAINS.map((domain) => domain.label)).toEqual([
      'Wonen',
      'Onderwijs en werk (incl. dagbesteding)',
      'Inkomen en schulden',
      'Gezondheid (incl. psychisch en verslaving)',
      'Netwerk en relaties',
      'Vrije tijd',
      'Veiligheid en justitie',
    ]);
  });

  it('have keys that are unique and lower-case kebab-case', () => {
    const keys = DEFAULT_LIFE_DOMAINS.map((domain) => domain.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of keys) expect(key).toMatch(/^[a-z]+(-[a-z]+)*$/);
  });
});
