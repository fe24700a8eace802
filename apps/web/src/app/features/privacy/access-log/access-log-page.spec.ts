import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { anAuditEvent, anAuditPage } from '../privacy-testing';
import { AccessLogPage } from './access-log-page';

describe('AccessLogPage', () => {
  let fixture: ComponentFixture<AccessLogPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  const EVENTS = [
    anAuditEvent(),
    anAuditEvent({
      sequence: 42,
      action: 'break-the-glass',
      ground: 'break-the-glass',
      groundReference: 'ea-1',
      reason: 'Jongere vermist, politie vraagt om contactgegevens',
      roles: ['professional', 'admin'],
    }),
    anAuditEvent({
      sequence: 43,
      action: 'denied',
      ground: 'none',
      groundReference: null,
      user: null,
      organisation: null,
      roles: [],
      caseIds: [],
      fields: [],
      ip: null,
    }),
  ];

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [AccessLogPage, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(AccessLogPage);
    page = fixture.nativeElement as HTMLElement;
    document.body.appendChild(page);
    await fixture.whenStable();
    expectLog('/api/v1/audit-events?page=1&pageSize=25').flush(anAuditPage(EVENTS, { total: 60 }));
    await fixture.whenStable();
  });

  afterEach(() => {
    http.verify();
    page.remove();
  });

  function expectLog(urlWithParams: string) {
    const request = http.expectOne((r) => r.url === '/api/v1/audit-events');
    expect(request.request.urlWithParams).toBe(urlWithParams);
    return request;
  }

  const rows = () => Array.from(page.querySelectorAll<HTMLTableRowElement>('[data-testid="audit-log"] tbody tr'));
  const cells = (row: Element | undefined) =>
    Array.from(row?.children ?? []).map((cell) => cell.textContent?.replace(/\s+/g, ' ').trim());
  const input = (id: string) => page.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`);
  function type(id: string, value: string): void {
    const field = input(id);
    if (!field) throw new Error(`no #${id}`);
    field.value = value;
    field.dispatchEvent(new Event(field instanceof HTMLSelectElement ? 'change' : 'input'));
  }
  const submit = () => page.querySelector<HTMLButtonElement>('form button[type="submit"]')?.click();

  it('puts focus on the page heading, so screen-reader users hear where they landed', () => {
    expect(document.activeElement).toBe(page.querySelector('h1'));
    expect(page.querySelector('h1')?.textContent?.trim()).toBe('Toegangslog');
  });

  it('shows every column of an event, the moment in Dutch time', () => {
    expect(cells(rows()[0])).toEqual([
      '41',
      '05-03-2026 10:15',
      'Linda Verhoef',
      'Buurtteam Noord',
      'Professional',
      'Inzien',
      'case',
      'case-1',
      'firstName, dateOfBirth',
      'Toestemming kenmerk consent-7',
      'geen',
      '10.0.0.8',
    ]);
    expect(rows()[0]?.querySelector('th')?.getAttribute('scope')).toBe('row');
    expect(Array.from(page.querySelectorAll('thead th')).every((th) => th.getAttribute('scope') === 'col')).toBe(true);
    expect(page.querySelector('caption')?.textContent?.trim()).toBe('Gebeurtenissen in het toegangslog');
  });

  it('marks emergency access and refusals in words as well as in style', () => {
    const [plain, emergency, denied] = rows();
    expect(plain?.className).toBe('');
    expect(plain?.textContent).not.toContain('Let op');
    expect(emergency?.classList).toContain('audit-row--break-the-glass');
    expect(emergency?.textContent).toContain('Let op: noodtoegang');
    expect(emergency?.textContent).toContain('Jongere vermist');
    expect(denied?.classList).toContain('audit-row--denied');
    expect(denied?.textContent).toContain('Let op: geweigerd');
  });

  it('names a system event and leaves no cell blank when the event holds no value', () => {
    expect(cells(rows()[2])).toEqual([
      '43',
      '05-03-2026 10:15',
      'Systeem',
      'geen',
      'geen',
      'Geweigerd Let op: geweigerd',
      'case',
      'geen',
      'geen',
      'Geen grondslag',
      'geen',
      'geen',
    ]);
  });

  it('announces the number of events found in a live region', () => {
    expect(page.querySelector('p[role="status"]')?.textContent?.trim()).toBe('Gebeurtenissen gevonden: 60');
  });

  it('searches with the trimmed filters from page 1 on submit, not while typing', async () => {
    await fixture.whenStable();
    type('audit-case-id', '  case-1 ');
    type('audit-user-id', 'user-2');
    type('audit-action', 'break-the-glass');
    type('audit-from', '2026-03-01');
    type('audit-to', '2026-03-05');
    http.expectNone((r) => r.url === '/api/v1/audit-events');

    submit();
    await fixture.whenStable();
    expectLog(
      '/api/v1/audit-events?caseId=case-1&userId=user-2&action=break-the-glass&from=2026-03-01&to=2026-03-05&page=1&pageSize=25',
    ).flush(anAuditPage([]));
    await fixture.whenStable();

    expect(page.querySelector('.empty-state')?.textContent).toContain('Geen gebeurtenissen die aan de filters voldoen');
  });

  describe('searching by name or e-mail', () => {
    const field = () => input('audit-user');

    it('offers a labelled field that says it matches part of a name or e-mail, of whoever acted or was acted on', () => {
      expect(page.querySelector('label[for="audit-user"]')?.textContent?.trim()).toBe('Naam of e-mailadres');
      const hints = (field()?.getAttribute('aria-describedby') ?? '').split(' ');
      const hint = hints.map((id) => page.querySelector(`#${id}`)?.textContent ?? '').join(' ');
      expect(hint).toContain('Een deel van de naam of het e-mailadres');
      expect(hint).toContain('wat met diens account is gedaan');
      expect(field()?.getAttribute('type')).toBe('search');
      expect(field()?.getAttribute('autocomplete')).toBe('off');
    });

    it('searches with the trimmed text on submit, from page 1, and clears it with the other filters', async () => {
      type('audit-user', '  Anouk@Demo ');
      http.expectNone((r) => r.url === '/api/v1/audit-events');
      submit();
      await fixture.whenStable();
      expectLog('/api/v1/audit-events?user=Anouk@Demo&page=1&pageSize=25').flush(anAuditPage([]));
      await fixture.whenStable();

      Array.from(page.querySelectorAll<HTMLButtonElement>('form button'))
        .find((button) => button.textContent?.trim() === 'Filters wissen')
        ?.click();
      await fixture.whenStable();
      expectLog('/api/v1/audit-events?page=1&pageSize=25').flush(anAuditPage(EVENTS));
      expect(field()?.value).toBe('');
    });

    it('shows whom an administrative event is about, and granted roles by their Dutch names', async () => {
      submit();
      await fixture.whenStable();
      expectLog('/api/v1/audit-events?page=1&pageSize=25').flush(
        anAuditPage([
          anAuditEvent({
            sequence: 50,
            user: { userId: 'admin-1', name: 'Anouk Beheer' },
            roles: ['admin'],
            action: 'role-grant',
            resource: 'user',
            caseIds: [],
            fields: ['professional', 'actietafel-member'],
            ground: 'role',
            groundReference: null,
            subject: { id: 'user-9', name: 'Otto Vindbaar' },
          }),
        ]),
      );
      await fixture.whenStable();
      const [action, resource, , fields] = cells(rows()[0]).slice(5);
      expect(action).toBe('Rol toekennen');
      expect(resource).toBe('user over Otto Vindbaar');
      expect(fields).toBe('Professional, Actietafel-lid');
    });
  });

  it('refuses an end date before the start date, links the error to the field and sends nothing', async () => {
    type('audit-from', '2026-03-05');
    type('audit-to', '2026-03-01');
    submit();
    await fixture.whenStable();

    http.expectNone((r) => r.url === '/api/v1/audit-events');
    const to = input('audit-to');
    expect(to?.getAttribute('aria-invalid')).toBe('true');
    expect(page.querySelector('#audit-to-error [role="alert"]')?.textContent).toContain('ligt vóór de datum "vanaf"');
    expect(document.activeElement).toBe(to);
  });

  it('keeps the filters when paging', async () => {
    type('audit-action', 'read');
    submit();
    await fixture.whenStable();
    expectLog('/api/v1/audit-events?action=read&page=1&pageSize=25').flush(anAuditPage(EVENTS, { total: 60 }));
    await fixture.whenStable();

    const next = Array.from(page.querySelectorAll<HTMLButtonElement>('.pagination button')).find((button) =>
      button.textContent?.includes('Volgende'),
    );
    next?.click();
    await fixture.whenStable();
    expectLog('/api/v1/audit-events?action=read&page=2&pageSize=25').flush(
      anAuditPage([anAuditEvent({ sequence: 16 })], { total: 60, page: 2 }),
    );
    await fixture.whenStable();
    expect(page.querySelector('.pagination')?.textContent).toContain('Pagina 2 van 3');
  });

  it('clears the filters and shows the whole log again', async () => {
    type('audit-case-id', 'case-1');
    submit();
    await fixture.whenStable();
    expectLog('/api/v1/audit-events?caseId=case-1&page=1&pageSize=25').flush(anAuditPage([]));
    await fixture.whenStable();

    Array.from(page.querySelectorAll<HTMLButtonElement>('form button'))
      .find((button) => button.textContent?.trim() === 'Filters wissen')
      ?.click();
    await fixture.whenStable();
    expectLog('/api/v1/audit-events?page=1&pageSize=25').flush(anAuditPage(EVENTS));
    expect(input('audit-case-id')?.value).toBe('');
  });

  it('explains a refused load in Dutch', async () => {
    submit();
    await fixture.whenStable();
    expectLog('/api/v1/audit-events?page=1&pageSize=25').flush(
      { type: 'https://sluitend.nl/problems/forbidden', title: 'Forbidden', status: 403 },
      { status: 403, statusText: 'Forbidden' },
    );
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('U hebt geen toestemming');
  });

  describe('checking the chain', () => {
    const verifyButton = () => page.querySelector<HTMLButtonElement>('[data-testid="audit-verify"] button');
    const anchored = {
      status: 'anchored',
      checkpointNumber: 4,
      checkpointSequence: 58,
      checkpointAt: '2026-03-05T09:55:00Z',
      recordedCheckpoints: 4,
      headSequence: 60,
    };
    const alertText = () => page.querySelector('[data-testid="audit-verify"] [role="alert"]')?.textContent ?? '';

    it('reports an intact chain in a live region', async () => {
      verifyButton()?.click();
      await fixture.whenStable();
      expect(verifyButton()?.textContent?.trim()).toBe('Bezig met controleren...');
      http.expectOne({ method: 'GET', url: '/api/v1/audit-events/verification' }).flush({
        valid: true,
        checkedEvents: 60,
        firstBrokenSequence: null,
        verifiedAt: '2026-03-05T10:00:00Z',
        anchor: anchored,
      });
      await fixture.whenStable();

      const status = page.querySelector('[data-testid="audit-verify"] [role="status"]');
      expect(status?.textContent).toContain('De keten is intact: 60 gebeurtenissen gecontroleerd op 05-03-2026 11:00.');
      expect(verifyButton()?.textContent?.trim()).toBe('Keten controleren');
    });

    it('names the first broken event as an alert', async () => {
      verifyButton()?.click();
      http.expectOne('/api/v1/audit-events/verification').flush({
        valid: false,
        checkedEvents: 60,
        firstBrokenSequence: 17,
        verifiedAt: '2026-03-05T10:00:00Z',
        anchor: anchored,
      });
      await fixture.whenStable();

      expect(page.querySelector('[data-testid="audit-verify"] [role="alert"]')?.textContent).toContain(
        'De keten is verbroken bij gebeurtenis 17',
      );
      expect(page.querySelector('[data-testid="audit-verify"] .notice--success')).toBeNull();
    });

    it('names the signed checkpoint the intact log reaches', async () => {
      verifyButton()?.click();
      http.expectOne('/api/v1/audit-events/verification').flush({
        valid: true,
        checkedEvents: 60,
        firstBrokenSequence: null,
        verifiedAt: '2026-03-05T10:00:00Z',
        anchor: anchored,
      });
      await fixture.whenStable();
      expect(page.querySelector('[data-testid="audit-verify"]')?.textContent).toContain(
        'Verankerd: het log reikt tot controlepunt 4 (gebeurtenis 58, vastgelegd op 05-03-2026 10:55)',
      );
    });

    it('reports a shortened log as an alert naming the checkpoint and the first missing event', async () => {
      verifyButton()?.click();
      http.expectOne('/api/v1/audit-events/verification').flush({
        valid: false,
        checkedEvents: 55,
        firstBrokenSequence: 56,
        verifiedAt: '2026-03-05T10:00:00Z',
        anchor: { ...anchored, status: 'missing-tail', headSequence: 55 },
      });
      await fixture.whenStable();
      expect(alertText()).toContain(
        'Het log is ingekort: controlepunt 4 van 05-03-2026 10:55 legde gebeurtenissen vast tot en met 58, maar gebeurtenissen vanaf 56 ontbreken of zijn vervangen.',
      );
      expect(alertText()).not.toContain('De keten is verbroken');
      expect(page.querySelector('[data-testid="audit-verify"] .notice--success')).toBeNull();
    });

    it('reports a forged checkpoint and a shortened checkpoint file as alerts', async () => {
      verifyButton()?.click();
      http.expectOne('/api/v1/audit-events/verification').flush({
        valid: false,
        checkedEvents: 60,
        firstBrokenSequence: null,
        verifiedAt: '2026-03-05T10:00:00Z',
        anchor: { ...anchored, status: 'invalid-signature' },
      });
      await fixture.whenStable();
      expect(alertText()).toContain('De handtekening van het nieuwste controlepunt (4) klopt niet');

      verifyButton()?.click();
      http.expectOne('/api/v1/audit-events/verification').flush({
        valid: false,
        checkedEvents: 60,
        firstBrokenSequence: null,
        verifiedAt: '2026-03-05T10:00:00Z',
        anchor: { ...anchored, status: 'checkpoints-missing', checkpointNumber: 3 },
      });
      await fixture.whenStable();
      expect(alertText()).toContain('Er ontbreken controlepunten: de database weet van 4 controlepunten');
    });

    it('asks only once while a check is running', async () => {
      verifyButton()?.click();
      await fixture.whenStable();
      verifyButton()?.click();
      http.expectOne('/api/v1/audit-events/verification').flush({
        valid: true,
        checkedEvents: 1,
        firstBrokenSequence: null,
        verifiedAt: '2026-03-05T10:00:00Z',
        anchor: anchored,
      });
    });
  });
});
