import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { provideFixedClock } from '../../../../../testing/cases';
import { aSession } from '../../../../../testing/sessions';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { SessionPlannerPage } from './session-planner-page';

const MEMBER_ID = '3f2b8c1e-5d4a-4b6c-9e21-0a7f3c2d1b00';

describe('SessionPlannerPage', () => {
  let fixture: ComponentFixture<SessionPlannerPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [SessionPlannerPage, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting(), provideFixedClock()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(SessionPlannerPage);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    // The region's chairs are offered as suggestions.
    http
      .expectOne('/api/v1/colleagues?role=actietafel-chair')
      .flush([
        { userId: 'user-chair', name: 'Marieke van Dijk', organisationName: 'Gemeente Tiel', sector: 'welzijn' },
      ]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const byTestId = <T extends HTMLElement = HTMLElement>(id: string) => page.querySelector<T>(`[data-testid="${id}"]`);
  const type = (id: string, value: string) => {
    const input = byTestId<HTMLInputElement>(id);
    if (!input) throw new Error(`no ${id}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const submit = async () => {
    byTestId('planner-submit')?.click();
    await fixture.whenStable();
  };
  const errorText = (id: string) => page.querySelector(`#${id}`)?.textContent?.trim() ?? '';

  async function fillValidForm(): Promise<void> {
    type('planner-date', '2026-03-12');
    type('planner-start-time', '14:00');
    type('planner-end-time', '16:00');
    type('planner-location', 'Stadhuis Tiel, zaal 2');
    const chairs = page.querySelectorAll<HTMLButtonElement>('[data-testid="planner-chair-option"]');
    expect(chairs).toHaveLength(1);
    chairs[0]?.click();
    await fixture.whenStable();
    // Someone the search cannot find is added by user id; their sector is chosen by hand.
    type('planner-invitee-id', MEMBER_ID);
    byTestId('planner-invitee-id-use')?.click();
    await fixture.whenStable();
    const sector = byTestId<HTMLSelectElement>('planner-invitee-sector');
    if (!sector) throw new Error('no sector');
    expect(sector.value).toBe('');
    sector.value = 'jeugdhulp';
    sector.dispatchEvent(new Event('change'));
    await fixture.whenStable();
  }

  it('says what is missing and sends nothing', async () => {
    await submit();
    http.expectNone({ method: 'POST' });
    expect(errorText('planner-date-error')).toBe('Dit veld is verplicht.');
    expect(errorText('planner-start-error')).toBe('Dit veld is verplicht.');
    expect(errorText('planner-location-error')).toBe('Vul een plaats in of een link om online mee te doen.');
    expect(errorText('planner-chair-error')).toBe('Dit veld is verplicht.');
    expect(errorText('planner-invitees-error')).toBe('Nodig minimaal één lid uit.');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Controleer de gemarkeerde velden');
    await fixture.whenStable();
    expect(document.activeElement?.id).toBe('planner-date');
  });

  it('refuses a date in the past and an end before the start', async () => {
    type('planner-date', '2026-03-04');
    type('planner-start-time', '14:00');
    type('planner-end-time', '13:30');
    await submit();
    http.expectNone({ method: 'POST' });
    expect(errorText('planner-date-error')).toBe('Kies vandaag of een latere datum.');
    expect(errorText('planner-end-error')).toBe('De eindtijd moet na de begintijd liggen.');
  });

  it('plans the session in Dutch time and opens it', async () => {
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    await fillValidForm();
    expect(byTestId('planner-chair-chosen')?.textContent).toContain('Marieke van Dijk');
    expect(byTestId('planner-sectors')?.textContent?.replace(/\s+/g, ' ')).toContain('Sectoren aan tafel: Jeugdhulp');
    await submit();
    const post = http.expectOne({ method: 'POST', url: '/api/v1/actietafel-sessions' });
    expect(post.request.body).toEqual({
      startsAt: '2026-03-12T13:00:00.000Z',
      endsAt: '2026-03-12T15:00:00.000Z',
      location: 'Stadhuis Tiel, zaal 2',
      chairUserId: 'user-chair',
      invitees: [{ userId: MEMBER_ID, sector: 'jeugdhulp' }],
    });
    post.flush(aSession({ id: 'session-9' }), { status: 201, statusText: 'Created' });
    await fixture.whenStable();
    expect(navigate).toHaveBeenCalledWith(['/actietafel/sessions', 'session-9']);
  });

  it('finds members by name, with their organisation sector as the default', async () => {
    type('planner-invitee-search', 'Linda');
    await new Promise((resolve) => setTimeout(resolve, 350));
    // Table members and professionals are both searched.
    http.expectOne('/api/v1/colleagues?search=Linda&role=actietafel-member').flush([]);
    http
      .expectOne('/api/v1/colleagues?search=Linda&role=professional')
      .flush([
        { userId: 'user-linda', name: 'Linda Verhoef', organisationName: 'Praktijkschool Tiel', sector: 'onderwijs' },
      ]);
    await fixture.whenStable();
    const option = byTestId('planner-invitee-option');
    expect(option?.textContent?.replace(/\s+/g, ' ')).toContain('Praktijkschool Tiel (Onderwijs)');
    option?.click();
    await fixture.whenStable();
    expect(byTestId('planner-invitees')?.textContent).toContain('Linda Verhoef');
    expect(byTestId<HTMLSelectElement>('planner-invitee-sector')?.value).toBe('onderwijs');
    // Someone invited is not offered again.
    expect(byTestId('planner-invitee-option')).toBeNull();
  });

  it("puts the API's field errors on the fields", async () => {
    await fillValidForm();
    await submit();
    http.expectOne({ method: 'POST', url: '/api/v1/actietafel-sessions' }).flush(
      {
        type: 'https://sluitend.nl/problems/validation',
        title: 'Bad Request',
        status: 400,
        detail: 'Invalid request',
        errors: [
          { field: 'chairUserId', message: 'The chair must have the role actietafel-chair' },
          { field: 'invitees[0].userId', message: 'No active user with this id' },
        ],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();
    expect(errorText('planner-chair-error')).toBe('The chair must have the role actietafel-chair');
    expect(errorText('planner-invitees-error')).toBe('No active user with this id');
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Controleer de gemarkeerde velden');
  });

  it('refuses a user id that is not one', async () => {
    type('planner-invitee-id', 'peter');
    byTestId('planner-invitee-id-use')?.click();
    await fixture.whenStable();
    expect(errorText('planner-invitee-id-error')).toBe('Dit is geen geldig gebruikers-id.');
    expect(byTestId('planner-invitees')).toBeNull();
  });
});
