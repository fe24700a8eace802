import en from '../../../../public/i18n/en.json';
import nl from '../../../../public/i18n/nl.json';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, child]) => keys(child, prefix ? `${prefix}.${key}` : key));
}

describe('translations', () => {
  it('has an English text for every Dutch text and nothing extra', () => {
    expect(keys(en).sort()).toEqual(keys(nl).sort());
  });

  it('has no empty texts', () => {
    const empty = (translations: object) =>
      keys(translations).filter((key) => {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], translations);
        return typeof text !== 'string' || text.trim() === '';
      });
    expect(empty(nl)).toEqual([]);
    expect(empty(en)).toEqual([]);
  });
});
