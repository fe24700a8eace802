import { notificationMail, type NotificationMailInput } from './notification-mail';
import { hrefs, skeleton, visibleText } from './template-test-helpers';

const BASE = 'https://sluitend.example.nl';
const input: NotificationMailInput = {
  recipientName: 'Fatima el Amrani',
  title: 'Het verslag van de Actietafel van 3 december staat klaar',
  path: '/actietafel/sessions/5f0c/minutes',
};
const LINK = 'https://sluitend.example.nl/actietafel/sessions/5f0c/minutes';
const PREFERENCES = 'https://sluitend.example.nl/settings/notifications';

describe('notificationMail', () => {
  it('greets by first name and shows the title and the link, in Dutch', () => {
    const mail = notificationMail(input, BASE);
    expect(mail.subject).toBe('Sluitend: Het verslag van de Actietafel van 3 december staat klaar');
    expect(mail.text).toBe(
      [
        'Beste Fatima,',
        '',
        'Er is een nieuwe melding voor u in Sluitend:',
        '',
        'Het verslag van de Actietafel van 3 december staat klaar',
        '',
        'Bekijk de melding:',
        LINK,
        '',
        'Om privacyredenen staat in deze e-mail geen informatie over jongeren. Na het inloggen ziet u de details.',
        '',
        '-- ',
        'Dit is een automatisch bericht van Sluitend; u kunt er niet op antwoorden.',
        'U krijgt deze e-mail omdat meldingen per e-mail voor uw account aanstaan. Of u elke melding apart wilt ' +
          'ontvangen, een dagelijks overzicht of geen e-mail, stelt u in bij uw instellingen:',
        PREFERENCES,
        '',
      ].join('\n'),
    );
  });

  it('holds nothing but the first name, the title and the link: the rest is the same for every mail', () => {
    const other: NotificationMailInput = {
      recipientName: 'Bram',
      title: 'Een afspraak verloopt over 3 dagen',
      path: '/cases/x',
    };
    const otherMail = notificationMail(other, BASE);
    const mail = notificationMail(
      // Whatever else a caller hands over never reaches the mail.
      {
        ...input,
        email: 'f.elamrani@gemeente.example.nl',
        bsn: '111222333',
        jongere: 'Noah de Jong',
      } as NotificationMailInput,
      BASE,
    );
    for (const part of ['subject', 'text', 'html'] as const) {
      const ownText = skeleton(mail[part], { '{title}': input.title, '{link}': LINK, '{name}': 'Fatima' });
      const otherText = skeleton(otherMail[part], {
        '{title}': other.title,
        '{link}': `${BASE}/cases/x`,
        '{name}': 'Bram',
      });
      expect(ownText).toBe(otherText);
      expect(mail[part]).not.toMatch(/el Amrani|Amrani|gemeente\.example|111222333|Noah|de Jong/);
    }
  });

  it('says in HTML what the text says, with descriptive links to the item and to the mail settings', () => {
    const mail = notificationMail(input, BASE);
    expect(mail.html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(mail.html).toContain(`<title>${mail.subject}</title>`);
    expect(hrefs(mail.html)).toEqual([LINK, PREFERENCES]);
    expect(visibleText(mail.html)).toBe(
      'Beste Fatima, Er is een nieuwe melding voor u in Sluitend: ' +
        'Het verslag van de Actietafel van 3 december staat klaar Bekijk de melding in Sluitend ' +
        'Om privacyredenen staat in deze e-mail geen informatie over jongeren. Na het inloggen ziet u de details. ' +
        'Dit is een automatisch bericht van Sluitend; u kunt er niet op antwoorden. ' +
        'U krijgt deze e-mail omdat meldingen per e-mail voor uw account aanstaan. Of u elke melding apart wilt ' +
        'ontvangen, een dagelijks overzicht of geen e-mail, stelt u in bij uw instellingen: E-mailinstellingen wijzigen',
    );
  });

  it('escapes HTML in the title and the name, and keeps the title on one line', () => {
    const mail = notificationMail(
      {
        recipientName: '<b>Eva</b> Jansen',
        title: 'Actie <script>alert("x")</script>\r\nBcc: & \'co\'',
        path: '/cases/1?tab="a"',
      },
      BASE,
    );
    expect(mail.html).not.toContain('<script');
    expect(mail.html).not.toContain('<b>');
    expect(mail.html).toContain('Actie &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; Bcc: &amp; &#39;co&#39;');
    expect(mail.html).toContain('Beste &lt;b&gt;Eva&lt;/b&gt;,');
    expect(mail.subject).toBe('Sluitend: Actie <script>alert("x")</script> Bcc: & \'co\'');
    expect(hrefs(mail.html)[0]).toBe(`${BASE}/cases/1?tab=%22a%22`);
    expect(mail.html).not.toMatch(/href="[^"]*"a/);
  });

  it('greets a colleague when there is no name', () => {
    expect(notificationMail({ ...input, recipientName: '  ' }, BASE).text).toMatch(/^Beste collega,\n/);
  });

  it('links only into the web app, also when it lives under a path', () => {
    expect(hrefs(notificationMail(input, 'https://example.nl/sluitend/').html)[0]).toBe(
      'https://example.nl/sluitend/actietafel/sessions/5f0c/minutes',
    );
    for (const path of [
      '//evil.example/x',
      'https://evil.example/x',
      'javascript:alert(1)',
      '/a b',
      '/\\evil.example',
      '',
    ])
      expect(() => notificationMail({ ...input, path }, BASE)).toThrow(RangeError);
    expect(() => notificationMail({ ...input, path: '/../elders' }, 'https://example.nl/sluitend')).toThrow(RangeError);
  });

  it('refuses an empty title', () => {
    expect(() => notificationMail({ ...input, title: ' \n ' }, BASE)).toThrow(RangeError);
  });
});
