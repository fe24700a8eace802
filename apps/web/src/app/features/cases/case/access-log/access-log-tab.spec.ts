import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { AuditEventPage, CaseAccessResponse } from '@sluitend/domain';
import { aMemberAccess, anAccess, anAuditEvent } from '../../../../../testing/case-access';
import { aCase, provideFixedClock } from '../../../../../testing/cases';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { signIn } from '../../../../../testing/users';
import { CaseListState } from '../../list/case-list-state';
import { FileSaver } from '../../shared/file-saver';
import { CaseContext } from '../case-context';
import { AccessLogTab } from './access-log-tab';

const LOG_URL = '/api/v1/cases/case-1/access-log';

function logPage(items = [anAuditEvent()], total = items.length, page = 1): AuditEventPage {
  return { items, total, page, pageSize: 25 };
}

describe('AccessLogTab', () => {
  let fixture: ComponentFixture<AccessLogTab>;
  let http: HttpTestingController;
  let page: HTMLElement;
  let context: CaseContext;
  let save: jest.Mock;
  let navigate: jest.SpyInstance;

  async function render(access: CaseAccessResponse = anAccess(), dossier = aCase()): Promise<void> {
    save = jest.fn();
    TestBed.configureTestingModule({
      imports: [AccessLogTab, translocoTesting()],
      providers: [
        provideRouter([]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideFixedClock(),
        CaseContext,
        { provide: FileSaver, useValue: { save } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    signIn(['professional']);
    context = TestBed.inject(CaseContext);
    context.setAccess(access);
    context.set(dossier);
    fixture = TestBed.createComponent(AccessLogTab);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  async function answerLog(result: AuditEventPage, query = 'page=1&pageSize=25'): Promise<void> {
    const request = http.expectOne((r) => r.url === LOG_URL);
    expect(request.request.params.toString()).toBe(query);
    request.flush(result);
    await fixture.whenStable();
  }

  function button(text: string, scope: ParentNode = page): HTMLButtonElement {
    const found = Array.from(scope.querySelectorAll<HTMLButtonElement>('button')).find((candidate) =>
      candidate.textContent?.replace(/\s+/g, ' ').includes(text),
    );
    if (!found) throw new Error(`no button "${text}"`);
    return found;
  }

  async function giveReason(dialogTestId: string, reason: string, confirm: string): Promise<void> {
    const dialog = page.querySelector(`[data-testid="${dialogTestId}"]`);
    const textarea = dialog?.querySelector('textarea');
    if (!dialog || !textarea) throw new Error(`no ${dialogTestId}`);
    textarea.value = reason;
    textarea.dispatchEvent(new Event('input'));
    button(confirm, dialog).click();
    await fixture.whenStable();
  }

  afterEach(() => http.verify());

  describe('the access log', () => {
    it('shows who did what, when, from which organisation, on which data and on what ground', async () => {
      await render();
      await answerLog(
        logPage([
          anAuditEvent({ sequence: 3, action: 'update', resource: 'case', fields: ['schoolOrWork', 'contact.phone'] }),
          anAuditEvent({
            sequence: 2,
            action: 'read',
            user: { userId: 'user-5', name: 'Pieter Bos' },
            organisation: { organisationId: 'org-5', name: 'Politie Midden' },
            ground: 'break-the-glass',
            reason: 'Jongere vermist, politie vraagt om contactgegevens',
          }),
          anAuditEvent({ sequence: 1, action: 'denied', ground: 'none', user: null, organisation: null }),
        ]),
      );
      const rows = Array.from(page.querySelectorAll('[data-testid="access-log"] tbody tr'));
      expect(rows).toHaveLength(3);
      expect(rows[0]?.textContent).toContain('Linda Verhoef');
      expect(rows[0]?.textContent).toContain('Jeugdhulp Rivierenland');
      expect(rows[0]?.textContent).toContain('04-03-2026 11:15');
      expect(rows[0]?.textContent).toContain('Gewijzigd');
      expect(rows[0]?.textContent).toContain('schoolOrWork, contact.phone');
      expect(rows[0]?.textContent).toContain('Toestemming');
      expect(rows[0]?.classList).not.toContain('access-row--flagged');

      // Highlighted with a word, not with colour alone.
      expect(rows[1]?.classList).toContain('access-row--flagged');
      expect(rows[1]?.querySelector('strong')?.textContent).toContain('Noodtoegang');
      expect(rows[1]?.textContent).toContain('Reden: Jongere vermist');
      expect(rows[2]?.classList).toContain('access-row--flagged');
      expect(rows[2]?.querySelector('strong')?.textContent).toContain('Geweigerd');
      expect(rows[2]?.textContent).toContain('Sluitend (automatisch)');
      expect(page.querySelector('[role="status"]')?.textContent).toContain('Aantal vastgelegde handelingen: 3');
    });

    it('pages through a long log', async () => {
      await render();
      await answerLog(logPage([anAuditEvent()], 60));
      button('Volgende').click();
      await fixture.whenStable();
      await answerLog(logPage([anAuditEvent({ sequence: 40 })], 60, 2), 'page=2&pageSize=25');
      expect(page.querySelector('.pagination')?.textContent).toContain('2');
    });

    it('is for the casusregisseur only: others see why, and nothing is asked', async () => {
      await render(aMemberAccess());
      http.expectNone((r) => r.url === LOG_URL);
      expect(page.textContent).toContain('Alleen de casusregisseur kan zien wie dit dossier heeft ingezien.');
      expect(page.querySelector('[data-testid="privacy-actions"]')).toBeNull();
    });
  });

  describe("the jongere's rights", () => {
    beforeEach(async () => {
      await render();
      await answerLog(logPage([]));
    });

    it('downloads the subject access export as PDF and as JSON', async () => {
      button('Inzage-export downloaden (PDF)').click();
      http
        .expectOne('/api/v1/cases/case-1/subject-access-report/pdf')
        .flush(new Blob(['%PDF']), { headers: { 'Content-Disposition': 'attachment; filename="inzage-case-1.pdf"' } });
      await fixture.whenStable();
      expect(save).toHaveBeenCalledWith(expect.objectContaining({ filename: 'inzage-case-1.pdf' }));
      expect(page.querySelector('.notice--success')?.textContent).toContain('inzage-case-1.pdf is gedownload');

      button('Inzage-export downloaden (JSON)').click();
      http.expectOne('/api/v1/cases/case-1/subject-access-report').flush(new Blob(['{}']));
      await fixture.whenStable();
      expect(save).toHaveBeenLastCalledWith(expect.objectContaining({ filename: 'inzage-case-1.json' }));
    });

    it('restricts processing with a reason, and lifts the restriction after confirmation', async () => {
      button('Verwerking beperken').click();
      await fixture.whenStable();
      expect(page.querySelector('[data-testid="restrict-dialog"]')?.textContent).toContain(
        'kan niemand in het team het dossier',
      );
      await giveReason('restrict-dialog', 'Jongere betwist de juistheid', 'Ja, verwerking beperken');
      const put = http.expectOne({ method: 'PUT', url: '/api/v1/cases/case-1/restriction' });
      expect(put.request.body).toEqual({ reason: 'Jongere betwist de juistheid' });
      put.flush(aCase({ restriction: { reason: 'Jongere betwist de juistheid', since: '2026-03-05T10:00:00Z' } }));
      http.expectOne('/api/v1/cases/case-1/access').flush(anAccess({ restricted: true }));
      await fixture.whenStable();
      expect(context.canChange()).toBe(false);
      expect(page.querySelector('[data-testid="restriction-state"]')?.textContent).toContain(
        'Jongere betwist de juistheid',
      );
      expect(document.activeElement?.id).toBe('lift-restriction');

      button('Beperking opheffen').click();
      await fixture.whenStable();
      button('Ja, beperking opheffen', page.querySelector('dialog') ?? page).click();
      http
        .expectOne({ method: 'DELETE', url: '/api/v1/cases/case-1/restriction' })
        .flush(null, { status: 204, statusText: 'No Content' });
      http.expectOne('/api/v1/cases/case-1/access').flush(anAccess());
      http.expectOne('/api/v1/cases/case-1').flush(aCase());
      await fixture.whenStable();
      expect(context.canChange()).toBe(true);
      expect(page.querySelector('.notice--success')?.textContent).toContain('De beperking is opgeheven.');
      expect(document.activeElement?.id).toBe('restrict-processing');
    });

    it('erases the case after a reason and a confirmation naming the consequence, then opens the list', async () => {
      button('Gegevens wissen').click();
      await fixture.whenStable();
      const dialog = page.querySelector('[data-testid="erase-dialog"]');
      expect(dialog?.textContent).toContain('Alle gegevens van Noah de Jong worden definitief gewist');
      expect(dialog?.textContent).toContain('Dit kan niet ongedaan worden gemaakt');

      await giveReason('erase-dialog', 'Verzoek van de jongere', 'Ja, definitief wissen');
      const post = http.expectOne({ method: 'POST', url: '/api/v1/cases/case-1/erasure' });
      expect(post.request.body).toEqual({ reason: 'Verzoek van de jongere' });
      post.flush(
        {
          id: 'er-1',
          caseId: 'case-1',
          reason: 'Verzoek van de jongere',
          kind: 'request',
          erasedBy: null,
          erasedAt: '2026-03-05T10:00:00Z',
        },
        { status: 201, statusText: 'Created' },
      );
      expect(navigate).toHaveBeenCalledWith(['/cases']);
      expect(TestBed.inject(CaseListState).notice()).toEqual({
        key: 'privacy.caseActions.erasure.done',
        params: { name: 'Noah de Jong' },
      });
    });

    it('explains, inside the dialog, that a legal ground blocks erasure', async () => {
      button('Gegevens wissen').click();
      await fixture.whenStable();
      await giveReason('erase-dialog', 'Verzoek van de jongere', 'Ja, definitief wissen');
      http
        .expectOne({ method: 'POST', url: '/api/v1/cases/case-1/erasure' })
        .flush(
          { type: 'https://sluitend.nl/problems/erasure-refused', title: 'Conflict', status: 409, detail: 'x' },
          { status: 409, statusText: 'Conflict' },
        );
      await fixture.whenStable();
      expect(page.querySelector('[data-testid="erase-dialog"] [role="alert"]')?.textContent).toContain(
        'zolang er een wettelijke grondslag geldt',
      );
      expect(navigate).not.toHaveBeenCalled();
    });
  });
});
