import { mailFileName, mailFromHost } from './mailer';

describe('mailFileName', () => {
  it('sorts by the time written, and apart within one millisecond', () => {
    const now = new Date('2026-11-23T19:05:12.123Z');
    const names = [
      mailFileName(new Date('2026-11-23T09:59:59.999Z')),
      mailFileName(now),
      mailFileName(now),
      mailFileName(new Date('2026-11-24T00:00:00.000Z')),
    ];
    expect([...names].sort()).toEqual(names);
    expect(new Set(names).size).toBe(4);
    expect(names[1]).toMatch(/^2026-11-23T19-05-12\.123Z-\d{6}-[0-9a-f]{8}\.eml$/);
  });
});

describe('mailFromHost', () => {
  it('takes the domain of MAIL_FROM, with or without a display name', () => {
    expect(mailFromHost('Sluitend <noreply@sluitend.local>')).toBe('sluitend.local');
    expect(mailFromHost('noreply@gemeente.example.nl')).toBe('gemeente.example.nl');
  });
});
