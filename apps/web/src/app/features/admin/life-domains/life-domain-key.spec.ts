import { FormArray, FormControl, FormGroup } from '@angular/forms';
import { kebabKey, toKebabKey, uniqueKeyInList } from './life-domain-key';

describe('toKebabKey', () => {
  it.each([
    ['Wonen', 'wonen'],
    ['Onderwijs & werk (incl. stage)', 'onderwijs-werk-incl-stage'],
    ['  Financiën  ', 'financien'],
    ['!!!', ''],
  ])('turns %p into %p', (label, key) => {
    expect(toKebabKey(label)).toBe(key);
  });

  it('stays within the maximum key length without a trailing dash', () => {
    const key = toKebabKey(`${'a'.repeat(63)} b`);
    expect(key).toBe('a'.repeat(63));
  });
});

describe('life domain key validators', () => {
  it('accepts only kebab-case', () => {
    expect(kebabKey(new FormControl('school-en-werk'))).toBeNull();
    expect(kebabKey(new FormControl('School en werk'))).toEqual({ kebabKey: true });
    expect(kebabKey(new FormControl('a--b'))).toEqual({ kebabKey: true });
  });

  it('marks only the later row that repeats a key', () => {
    const row = (key: string) => new FormGroup({ key: new FormControl(key, { nonNullable: true }) });
    const list = new FormArray([row('wonen'), row('geld'), row('wonen')]);
    expect(uniqueKeyInList(list.at(0).controls.key)).toBeNull();
    expect(uniqueKeyInList(list.at(1).controls.key)).toBeNull();
    expect(uniqueKeyInList(list.at(2).controls.key)).toEqual({ duplicateKey: true });
  });
});
