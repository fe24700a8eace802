import { normaliseEmail } from './email';

describe('normaliseEmail', () => {
  it('trims and lower-cases so that one person has one account', () => {
    expect(normaliseEmail('  An.Jansen@Demo.Sluitend.NL ')).toBe('an.jansen@demo.sluitend.nl');
  });
});
