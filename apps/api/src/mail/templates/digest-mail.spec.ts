import { DIGEST_MAX_ITEMS, digestMail, type DigestMailInput } from './digest-mail';
import { hrefs, skeleton, visibleText } from './template-test-helpers';

const BASE = 'http://localhost:3000';
const PREFERENCES = 'http://localhost:3000/settings/notifications';
const input: DigestMailInput = {
  recipientName: 'Sanne de Vries-Bakker',
  day: '2026-12-03',
  items: [
    { title: 'De agenda van de Actietafel van 10 december is verstuurd', path: '/actietafel/sessions/a1' },
    { title: 'Een afspraak verloopt over 3 dagen', path: '/agreements?owner=mine' },
  ],
};

describe('digestMail', () => {
  it('lists the titles of the day, each with its link, after a greeting by first name', () => {
    const mail = digestMail(input, BASE);
    expect(mail.subject).toBe('Sluitend: uw overzicht van 3 december 2026 (2 meldingen)');
    expect(mail.text).toBe(
      [
        'Beste Sanne,',
        '',
        'Dit is uw dagelijkse overzicht van de meldingen in Sluitend van 3 december 2026:',
        '',
        '- De agenda van de Actietafel van 10 december is verstuurd',
        '  http://localhost:3000/actietafel/sessions/a1',
        '- Een afspraak verloopt over 3 dagen',
        '  http://localhost:3000/agreements?owner=mine',
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

  it('holds nothing but the first name, the titles and their links: the rest is the same for every digest', () => {
    const mail = digestMail(
      {
        ...input,
        email: 's.devries@zorg.example.nl',
        items: input.items.map((item) => ({ ...item, caseName: 'Noah de Jong', birthDate: '2009-05-14' })),
      } as DigestMailInput,
      BASE,
    );
    const other: DigestMailInput = {
      recipientName: 'Bram',
      day: '2026-12-03',
      items: [
        { title: 'Titel een', path: '/een' },
        { title: 'Titel twee', path: '/twee' },
      ],
    };
    const otherMail = digestMail(other, BASE);
    for (const part of ['subject', 'text', 'html'] as const) {
      const own = skeleton(mail[part], {
        '{title1}': input.items[0].title,
        '{link1}': `${BASE}${input.items[0].path}`,
        '{title2}': input.items[1].title,
        '{link2}': `${BASE}${input.items[1].path}`,
        '{name}': 'Sanne',
      });
      const theirs = skeleton(otherMail[part], {
        '{title1}': 'Titel een',
        '{link1}': `${BASE}/een`,
        '{title2}': 'Titel twee',
        '{link2}': `${BASE}/twee`,
        '{name}': 'Bram',
      });
      expect(own).toBe(theirs);
      expect(mail[part]).not.toMatch(/de Vries|Bakker|zorg\.example|Noah|de Jong|2009|14 mei/);
    }
  });

  it('is an accessible list in HTML, each title the text of its own link', () => {
    const mail = digestMail(input, BASE);
    expect(mail.html).toMatch(/^<!DOCTYPE html>\n<html lang="nl">/);
    expect(mail.html).toContain('<ul');
    expect(mail.html.match(/<li/g)).toHaveLength(2);
    expect(mail.html).toContain(
      '<a href="http://localhost:3000/actietafel/sessions/a1" style="color:#0b5394;text-decoration:underline">' +
        'De agenda van de Actietafel van 10 december is verstuurd</a>',
    );
    expect(hrefs(mail.html)).toEqual([
      'http://localhost:3000/actietafel/sessions/a1',
      'http://localhost:3000/agreements?owner=mine',
      PREFERENCES,
    ]);
    expect(visibleText(mail.html)).toBe(
      'Beste Sanne, Dit is uw dagelijkse overzicht van de meldingen in Sluitend van 3 december 2026: ' +
        'De agenda van de Actietafel van 10 december is verstuurd Een afspraak verloopt over 3 dagen ' +
        'Om privacyredenen staat in deze e-mail geen informatie over jongeren. Na het inloggen ziet u de details. ' +
        'Dit is een automatisch bericht van Sluitend; u kunt er niet op antwoorden. ' +
        'U krijgt deze e-mail omdat meldingen per e-mail voor uw account aanstaan. Of u elke melding apart wilt ' +
        'ontvangen, een dagelijks overzicht of geen e-mail, stelt u in bij uw instellingen: E-mailinstellingen wijzigen',
    );
  });

  it('escapes HTML in titles and in the name', () => {
    const mail = digestMail(
      {
        recipientName: '"Jan"',
        day: '2026-12-03',
        items: [{ title: '<img src=x onerror=alert(1)> & meer', path: '/x' }],
      },
      BASE,
    );
    expect(mail.html).not.toContain('<img');
    expect(mail.html).toContain('&lt;img src=x onerror=alert(1)&gt; &amp; meer</a>');
    expect(mail.html).toContain('Beste &quot;Jan&quot;,');
  });

  it('says "1 melding" for one', () => {
    expect(digestMail({ ...input, items: [input.items[0]] }, BASE).subject).toBe(
      'Sluitend: uw overzicht van 3 december 2026 (1 melding)',
    );
  });

  it(`lists at most ${DIGEST_MAX_ITEMS} and counts the rest, with a link to the app`, () => {
    const items = Array.from({ length: DIGEST_MAX_ITEMS + 3 }, (_, i) => ({
      title: `Melding ${i + 1}`,
      path: `/n/${i + 1}`,
    }));
    const mail = digestMail({ ...input, items }, BASE);
    expect(mail.subject).toBe(`Sluitend: uw overzicht van 3 december 2026 (${DIGEST_MAX_ITEMS + 3} meldingen)`);
    expect(mail.html.match(/<li/g)).toHaveLength(DIGEST_MAX_ITEMS);
    expect(mail.text).toContain(`Melding ${DIGEST_MAX_ITEMS}\n`);
    expect(mail.text).not.toContain(`Melding ${DIGEST_MAX_ITEMS + 1}`);
    expect(mail.text).toContain('En nog 3 meldingen; u vindt ze allemaal in Sluitend:\nhttp://localhost:3000/\n');
  });

  it('refuses an empty digest, a day that does not exist and a link out of the app', () => {
    expect(() => digestMail({ ...input, items: [] }, BASE)).toThrow(RangeError);
    expect(() => digestMail({ ...input, day: '2026-02-29' }, BASE)).toThrow(RangeError);
    expect(() => digestMail({ ...input, items: [{ title: 'x', path: '//evil.example' }] }, BASE)).toThrow(RangeError);
  });
});
