import { loadConfig } from '../config/app-config';
import { MailComposer, type MailRecipient } from './mail-composer';

const composer = new MailComposer(loadConfig({ PUBLIC_BASE_URL: 'https://sluitend.example.nl/' }));
// A whole user row, as a caller might hand it over: only the address and the first name may be used.
const user = {
  email: 'sanne@zorg.example.nl',
  name: 'Sanne de Vries',
  organisationId: 'org-1',
  passwordHash: '$argon2id$secret',
} as MailRecipient;

describe('MailComposer', () => {
  it('addresses a notification to the user, by first name, with an absolute link under PUBLIC_BASE_URL', () => {
    const mail = composer.notification(user, { title: 'Een afspraak verloopt vandaag', path: '/agreements/a1' });
    expect(mail.to).toBe('sanne@zorg.example.nl');
    expect(mail.text).toMatch(/^Beste Sanne,\n/);
    expect(mail.text).toContain('\nhttps://sluitend.example.nl/agreements/a1\n');
    for (const body of [mail.subject, mail.text, mail.html])
      expect(body).not.toMatch(/de Vries|zorg\.example|org-1|argon/);
  });

  it('builds a digest from titles and paths only', () => {
    const items = [{ title: 'Een afspraak verloopt vandaag', path: '/agreements/a1', caseName: 'Noah de Jong' }];
    const mail = composer.digest(user, '2026-12-03', items);
    expect(mail.to).toBe('sanne@zorg.example.nl');
    expect(mail.subject).toBe('Sluitend: uw overzicht van 3 december 2026 (1 melding)');
    for (const body of [mail.subject, mail.text, mail.html ?? '']) expect(body).not.toMatch(/Noah|de Jong|de Vries/);
  });
});
