import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { OrganisationResponse, RegionResponse } from '@sluitend/domain';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { OrganisationsPage } from './organisations-page';

const REGION: RegionResponse = { id: 'region-1', name: 'Jeugdregio Utrecht', municipalities: [] };
const ORGANISATION: OrganisationResponse = {
  id: 'org-1',
  name: 'Buurtteam Noord',
  sector: 'werk-en-inkomen',
  regionId: 'region-1',
  active: true,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('OrganisationsPage', () => {
  let fixture: ComponentFixture<OrganisationsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [OrganisationsPage, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(OrganisationsPage);
    page = fixture.nativeElement as HTMLElement;
    http.expectOne('/api/v1/organisations').flush([ORGANISATION]);
    http.expectOne('/api/v1/regions').flush([REGION]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const row = () => page.querySelector('tbody tr');
  const toggle = () => row()?.querySelector<HTMLButtonElement>('button');

  it('shows each organisation with its Dutch sector name and its region', () => {
    const cells = Array.from(row()?.children ?? []).map((cell) => cell.textContent?.trim());
    expect(cells.slice(0, 4)).toEqual(['Buurtteam Noord', 'Werk en inkomen', 'Jeugdregio Utrecht', 'Actief']);
  });

  it('offers the regions from the API in the create form', () => {
    const options = Array.from(page.querySelectorAll('#organisation-region option')).map((o) => o.textContent?.trim());
    expect(options).toContain('Jeugdregio Utrecht');
  });

  it('deactivates with the version it showed', async () => {
    toggle()?.click();
    const request = http.expectOne({ method: 'PATCH', url: '/api/v1/organisations/org-1' });
    expect(request.request.body).toEqual({ version: 1, active: false });
    request.flush({ ...ORGANISATION, active: false, version: 2 });
    await fixture.whenStable();

    expect(row()?.textContent).toContain('Inactief');
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Buurtteam Noord is gedeactiveerd');
  });

  it('explains a 409 and reloads the list so the next attempt uses the new version', async () => {
    toggle()?.click();
    http
      .expectOne({ method: 'PATCH', url: '/api/v1/organisations/org-1' })
      .flush(
        { type: 'about:blank', title: 'Conflict', status: 409, detail: 'stale' },
        { status: 409, statusText: 'Conflict' },
      );
    http.expectOne('/api/v1/organisations').flush([{ ...ORGANISATION, name: 'Buurtteam Noord-Oost', version: 2 }]);
    await fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Iemand anders heeft dit intussen gewijzigd');
    expect(row()?.textContent).toContain('Buurtteam Noord-Oost');

    toggle()?.click();
    const retry = http.expectOne({ method: 'PATCH', url: '/api/v1/organisations/org-1' });
    expect(retry.request.body).toEqual({ version: 2, active: false });
    retry.flush({ ...ORGANISATION, active: false, version: 3 });
  });
});
