import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { aMemberAccess, anAccess } from '../../../../../testing/case-access';
import { aCase, aTeamMember } from '../../../../../testing/cases';
import { translocoTesting } from '../../../../../testing/transloco-testing';
import { signIn } from '../../../../../testing/users';
import { CaseContext } from '../case-context';
import { TeamTab } from './team-tab';

const LINDA = aTeamMember({
  id: 'tm-2',
  userId: 'user-2',
  name: 'Linda Verhoef',
  part: 'jeugdhulp',
  isCasusregisseur: false,
});
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('TeamTab', () => {
  let fixture: ComponentFixture<TeamTab>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [TeamTab, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), CaseContext],
    });
    http = TestBed.inject(HttpTestingController);
    signIn(['professional']);
    TestBed.inject(CaseContext).setAccess(anAccess());
    TestBed.inject(CaseContext).set(aCase());
    fixture = TestBed.createComponent(TeamTab);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
    http.expectOne('/api/v1/cases/case-1/team-members').flush([aTeamMember(), LINDA]);
    http.expectOne('/api/v1/cases/case-1/network-members').flush([]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  function button(text: string, scope: ParentNode = page): HTMLButtonElement {
    const found = Array.from(scope.querySelectorAll<HTMLButtonElement>('button')).find((candidate) =>
      candidate.textContent?.replace(/\s+/g, ' ').includes(text),
    );
    if (!found) throw new Error(`no button "${text}"`);
    return found;
  }

  async function type(selector: string, value: string): Promise<void> {
    const input = page.querySelector<HTMLInputElement>(selector);
    if (!input) throw new Error(`no ${selector}`);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  }

  it('shows the team with the casusregisseur marked, and no way to remove the casusregisseur', () => {
    const rows = Array.from(page.querySelectorAll('[data-testid="team-table"] tbody tr'));
    expect(rows[0]?.textContent).toContain('Casusregisseur');
    expect(rows[0]?.textContent).not.toContain('Verwijderen');
    expect(rows[1]?.textContent).toContain('Verwijderen');
  });

  it('adds a colleague found by name, leaving out who is already on the team', async () => {
    await type('#colleague-search', 'ver');
    await pause(350);
    http
      .expectOne((request) => request.url === '/api/v1/colleagues' && request.params.get('search') === 'ver')
      .flush([
        { userId: 'user-1', name: 'Anne de Vries', organisationName: 'Gemeente Utrecht', sector: 'gemeente' },
        { userId: 'user-3', name: 'Sem Verbeek', organisationName: 'ROC Rivor', sector: 'onderwijs' },
      ]);
    await fixture.whenStable();
    const options = Array.from(page.querySelectorAll('#colleague-results button')).map((option) => option.textContent);
    expect(options).toEqual([expect.stringContaining('Sem Verbeek')]);

    button('Sem Verbeek').click();
    await fixture.whenStable();
    expect(document.activeElement?.id).toBe('new-member-part');
    await type('#new-member-part', 'mentor op school');
    button('Sem Verbeek toevoegen aan het team').click();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/cases/case-1/team-members' });
    expect(request.request.body).toEqual({ userId: 'user-3', part: 'mentor op school' });
    request.flush(
      aTeamMember({
        id: 'tm-3',
        userId: 'user-3',
        name: 'Sem Verbeek',
        part: 'mentor op school',
        isCasusregisseur: false,
      }),
    );
    await fixture.whenStable();
    expect(page.querySelectorAll('[data-testid="team-table"] tbody tr')).toHaveLength(3);
    expect(page.querySelector('.notice--success')?.textContent).toContain('Sem Verbeek is aan het team toegevoegd.');
  });

  it('hands over the casusregisseur role in one request, after confirmation', async () => {
    button('Casusregie overdragen Linda Verhoef').click();
    await fixture.whenStable();
    const dialog = page.querySelector('dialog');
    expect(dialog?.textContent).toContain('Linda Verhoef wordt de casusregisseur');
    button('Ja, casusregie overdragen', dialog ?? page).click();
    await fixture.whenStable();

    const request = http.expectOne({ method: 'PUT', url: '/api/v1/cases/case-1/casusregisseur' });
    expect(request.request.body).toEqual({ userId: 'user-2' });
    request.flush(aCase({ casusregisseur: { userId: 'user-2', name: 'Linda Verhoef' }, version: 4 }));
    http.expectOne('/api/v1/cases/case-1/team-members').flush([
      { ...aTeamMember(), isCasusregisseur: false },
      { ...LINDA, isCasusregisseur: true },
    ]);
    // The access log and the privacy duties go with the lead.
    http.expectOne('/api/v1/cases/case-1/access').flush(aMemberAccess());
    await fixture.whenStable();
    expect(page.querySelector('.notice--success')?.textContent).toContain('Linda Verhoef is nu de casusregisseur.');
    // The user is no longer the casusregisseur, so the team cannot be changed from here any more.
    expect(page.querySelector('#colleague-search')).toBeNull();
  });

  it('removes a team member after confirmation, and can be cancelled', async () => {
    button('Verwijderen Linda Verhoef').click();
    await fixture.whenStable();
    button('Annuleren', page.querySelector('dialog') ?? page).click();
    await fixture.whenStable();
    expect(page.querySelector('dialog')).toBeNull();
    http.expectNone({ method: 'DELETE' });

    button('Verwijderen Linda Verhoef').click();
    await fixture.whenStable();
    button('Ja, uit het team halen', page.querySelector('dialog') ?? page).click();
    http.expectOne({ method: 'DELETE', url: '/api/v1/cases/case-1/team-members/tm-2' }).flush(null);
    await fixture.whenStable();
    expect(page.querySelectorAll('[data-testid="team-table"] tbody tr')).toHaveLength(1);
  });

  it('adds someone from the network', async () => {
    button('Persoon toevoegen').click();
    await fixture.whenStable();
    expect(document.activeElement?.id).toBe('network-new-name');
    await type('#network-new-name', 'Fatima de Jong');
    const relation = page.querySelector<HTMLSelectElement>('#network-new-relation');
    if (!relation) throw new Error('no relation');
    relation.value = 'jim';
    relation.dispatchEvent(new Event('change'));
    button('Persoon toevoegen', page.querySelector('form') ?? page).click();
    const request = http.expectOne({ method: 'POST', url: '/api/v1/cases/case-1/network-members' });
    expect(request.request.body).toEqual({
      name: 'Fatima de Jong',
      relation: 'jim',
      phone: null,
      email: null,
      note: null,
    });
    request.flush({ id: 'n-1', name: 'Fatima de Jong', relation: 'jim', phone: null, email: null, note: null });
    await fixture.whenStable();
    expect(page.querySelector('[data-testid="network-table"]')?.textContent).toContain('JIM (jouw ingebrachte mentor)');
  });
});

describe('TeamTab for a team member who is not the casusregisseur', () => {
  it('lets them keep the network up to date, but not change the team', async () => {
    TestBed.configureTestingModule({
      imports: [TeamTab, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), CaseContext],
    });
    const http = TestBed.inject(HttpTestingController);
    signIn(['professional'], { id: 'user-2', name: 'Linda Verhoef' });
    TestBed.inject(CaseContext).setAccess(aMemberAccess());
    TestBed.inject(CaseContext).set(aCase());
    const fixture = TestBed.createComponent(TeamTab);
    await fixture.whenStable();
    http.expectOne('/api/v1/cases/case-1/team-members').flush([aTeamMember(), LINDA]);
    http.expectOne('/api/v1/cases/case-1/network-members').flush([]);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('#colleague-search')).toBeNull();
    expect(page.textContent).toContain('Alleen de casusregisseur kan het team wijzigen.');
    expect(page.querySelector('#add-network-member')).not.toBeNull();
  });

  it('hides every way to change the team and network while processing is restricted', async () => {
    TestBed.configureTestingModule({
      imports: [TeamTab, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting(), CaseContext],
    });
    const http = TestBed.inject(HttpTestingController);
    signIn(['professional']);
    TestBed.inject(CaseContext).setAccess(anAccess({ restricted: true }));
    TestBed.inject(CaseContext).set(aCase());
    const fixture = TestBed.createComponent(TeamTab);
    await fixture.whenStable();
    http.expectOne('/api/v1/cases/case-1/team-members').flush([aTeamMember(), LINDA]);
    http
      .expectOne('/api/v1/cases/case-1/network-members')
      .flush([{ id: 'n-1', name: 'Fatima de Jong', relation: 'parent', phone: null, email: null, note: null }]);
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelectorAll('button')).toHaveLength(0);
    expect(page.textContent).not.toContain('Alleen de casusregisseur kan het team wijzigen.');
  });
});
