import { FormControl } from '@angular/forms';
import { bsnValidator, dateOfBirthValidator, evaluationDateValidator } from './domain-validators';

const TODAY = '2026-03-05';
const today = () => TODAY;

describe('domain validators', () => {
  describe('bsnValidator', () => {
    it('accepts an empty BSN, because it is optional', () => {
      expect(bsnValidator(new FormControl(''))).toBeNull();
      expect(bsnValidator(new FormControl('   '))).toBeNull();
    });

    it('accepts a number that passes the elfproef', () => {
      expect(bsnValidator(new FormControl('111222333'))).toBeNull();
    });

    it('refuses a number that fails the elfproef, is too short, or is all zeros', () => {
      expect(bsnValidator(new FormControl('111222334'))).toEqual({ bsn: true });
      expect(bsnValidator(new FormControl('12345'))).toEqual({ bsn: true });
      expect(bsnValidator(new FormControl('000000000'))).toEqual({ bsn: true });
    });
  });

  describe('dateOfBirthValidator', () => {
    const validate = (value: string) => dateOfBirthValidator(today)(new FormControl(value));

    it('leaves an empty date to the required validator', () => {
      expect(validate('')).toBeNull();
    });

    it('accepts the date of birth of a jongere up to 27', () => {
      expect(validate('2009-05-14')).toBeNull();
      expect(validate('1998-03-06')).toBeNull();
    });

    it('names the problem the domain finds', () => {
      expect(validate('2026-03-06')).toEqual({ dateOfBirth: 'in-future' });
      expect(validate('1998-03-05')).toEqual({ dateOfBirth: 'too-old' });
      expect(validate('2009-02-30')).toEqual({ dateOfBirth: 'invalid' });
    });
  });

  describe('evaluationDateValidator', () => {
    const validate = (value: string) => evaluationDateValidator(today)(new FormControl(value));

    it('allows no evaluation date and one within six months', () => {
      expect(validate('')).toBeNull();
      expect(validate('2026-09-05')).toBeNull();
    });

    it('refuses a date in the past or more than six months ahead', () => {
      expect(validate('2026-03-04')).toEqual({ evaluationDate: 'in-past' });
      expect(validate('2026-09-06')).toEqual({ evaluationDate: 'too-far' });
    });
  });
});
