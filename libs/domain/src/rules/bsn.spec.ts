import { isValidBsn } from './bsn';

describe('isValidBsn (elfproef)', () => {
  it.each(['111222333', '123456782', '999999990'])('accepts %s, whose weighted sum is divisible by 11', (bsn) => {
    expect(isValidBsn(bsn)).toBe(true);
  });

  it('rejects a number whose weighted sum is not divisible by 11', () => {
    expect(isValidBsn('123456789')).toBe(false);
  });

  it('rejects all zeros even though 0 is divisible by 11', () => {
    expect(isValidBsn('000000000')).toBe(false);
  });

  it.each(['12345678', '1234567820', '12345678a', ' 123456782', ''])(
    'rejects %p, which is not exactly nine digits',
    (bsn) => {
      expect(isValidBsn(bsn)).toBe(false);
    },
  );
});
