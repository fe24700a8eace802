import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { provideFixedClock } from '../../../testing/cases';
import { anAgreementListItem } from '../../../testing/escalations';
import { BETUWE, TIEL } from '../../../testing/monitoring';
import { translocoTesting } from '../../../testing/transloco-testing';
import { OverdueAgreementsPage } from './overdue-agreements-page';

describe('OverdueAgreementsPage', () => {
  it('asks for the open overdue agreements made in the period, of the organisation clicked, and lists them', async () => {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([{ path: 'monitoring/overdue-agreements', component: OverdueAgreementsPage }]),
        provideHttpClient(),
        provideHttpClientTesting(),
        provideFixedClock(),
      ],
    });
    const http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(
      `/monitoring/overdue-agreements?from=2025-01-01&to=2025-12-31&municipalityId=${TIEL}&organisationId=${BETUWE}`,
    );
    const request = http.expectOne((candidate) => candidate.url === '/api/v1/agreements');
    expect(request.request.params.toString()).toBe(
      `status=open&overdue=true&createdFrom=2025-01-01&createdTo=2025-12-31&organisationId=${BETUWE}&municipalityId=${TIEL}`,
    );
    request.flush([
      anAgreementListItem({ id: 'a-late', overdue: true, deadline: '2026-03-02' }),
      anAgreementListItem({ id: 'a-later', overdue: true, deadline: '2026-02-01' }),
    ]);
    await harness.fixture.whenStable();
    const page = harness.routeNativeElement as HTMLElement;
    expect(page.querySelector('[data-testid="overdue-total"]')?.textContent?.trim()).toBe(
      'Afspraken over de deadline: 2',
    );
    const late = Array.from(page.querySelectorAll('[data-testid="monitoring-overdue-row"] .badge')).map((badge) =>
      badge.textContent?.trim(),
    );
    expect(late).toEqual(['32 dagen te laat', '3 dagen te laat']);
    http.verify();
  });
});
