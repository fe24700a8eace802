import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { RegionWithLifeDomains } from '../../../core/api/regions-api.service';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { LifeDomainsPage } from './life-domains-page';

const REGION: RegionWithLifeDomains = {
  id: 'region-1',
  name: 'Jeugdregio Utrecht',
  municipalities: [],
  lifeDomains: [
    { key: 'wonen', label: 'Wonen' },
    { key: 'geld', label: 'Geld' },
  ],
};

describe('LifeDomainsPage', () => {
  let fixture: ComponentFixture<LifeDomainsPage>;
  let http: HttpTestingController;
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [LifeDomainsPage, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    http = TestBed.inject(HttpTestingController);
    fixture = TestBed.createComponent(LifeDomainsPage);
    page = fixture.nativeElement as HTMLElement;
    http.expectOne('/api/v1/regions').flush([REGION]);
    await fixture.whenStable();
  });

  afterEach(() => http.verify());

  const labels = () =>
    Array.from(page.querySelectorAll<HTMLInputElement>('input[id^="life-domain-label-"]')).map((input) => input.value);
  const button = (name: string) =>
    Array.from(page.querySelectorAll<HTMLButtonElement>('button')).find(
      (candidate) => candidate.textContent?.replace(/\s+/g, ' ').trim() === name,
    );
  const type = (input: HTMLInputElement | null, value: string) => {
    if (!input) throw new Error('no input');
    input.value = value;
    input.dispatchEvent(new Event('input'));
  };
  const save = async () => {
    page.querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
    await fixture.whenStable();
  };

  it("shows the region's domains in order with the Dutch hint about existing plans", () => {
    expect(labels()).toEqual(['Wonen', 'Geld']);
    expect(page.querySelector('#life-domains-region option')?.textContent).toContain('Jeugdregio Utrecht');
    expect(page.textContent).toContain('Bestaande toekomstplannen houden hun eigen leefgebieden');
    expect(page.querySelector('#life-domain-key-0')).toBeNull();
  });

  it('moves a domain with buttons named after it and announces the new place', async () => {
    button('Omlaag Wonen')?.click();
    await fixture.whenStable();
    expect(labels()).toEqual(['Geld', 'Wonen']);
    expect(page.querySelector('[role="status"]')?.textContent).toContain('Wonen staat nu op plaats 2 van 2');
    expect(button('Omlaag Wonen')?.getAttribute('aria-disabled')).toBe('true');

    button('Omhoog Wonen')?.click();
    await fixture.whenStable();
    expect(labels()).toEqual(['Wonen', 'Geld']);
  });

  it('adds a domain whose key follows the label, and saves the whole ordered list', async () => {
    button('Verwijderen Geld')?.click();
    await fixture.whenStable();
    expect(labels()).toEqual(['Wonen']);
    expect(button('Verwijderen Wonen')?.getAttribute('aria-disabled')).toBe('true');

    button('Leefgebied toevoegen')?.click();
    await fixture.whenStable();
    type(page.querySelector<HTMLInputElement>('#life-domain-label-1'), 'School & werk');
    await fixture.whenStable();
    expect(page.querySelector<HTMLInputElement>('#life-domain-key-1')?.value).toBe('school-werk');

    await save();
    const request = http.expectOne({ method: 'PUT', url: '/api/v1/regions/region-1/life-domains' });
    const lifeDomains = [
      { key: 'wonen', label: 'Wonen' },
      { key: 'school-werk', label: 'School & werk' },
    ];
    expect(request.request.body).toEqual({ lifeDomains });
    request.flush({ ...REGION, lifeDomains });
    await fixture.whenStable();

    expect(page.querySelector('[role="status"]')?.textContent).toContain(
      'De leefgebieden van Jeugdregio Utrecht zijn opgeslagen',
    );
    expect(page.querySelector('#life-domain-key-1')).toBeNull();
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(false);
  });

  it('refuses a duplicate or malformed key before calling the API', async () => {
    button('Leefgebied toevoegen')?.click();
    await fixture.whenStable();
    type(page.querySelector<HTMLInputElement>('#life-domain-label-2'), 'Wonen');
    await save();
    expect(page.textContent).toContain('Deze code is al gebruikt');

    type(page.querySelector<HTMLInputElement>('#life-domain-key-2'), 'Wonen Extra');
    await fixture.whenStable();
    expect(page.textContent).toContain('Gebruik alleen kleine letters en cijfers');
    expect(fixture.componentInstance.hasUnsavedChanges()).toBe(true);
    http.expectNone({ method: 'PUT' });
  });

  it('shows the field errors of a 400 beside the right input', async () => {
    type(page.querySelector<HTMLInputElement>('#life-domain-label-1'), 'Geld en schulden');
    await save();
    http.expectOne({ method: 'PUT', url: '/api/v1/regions/region-1/life-domains' }).flush(
      {
        type: 'about:blank',
        title: 'Bad Request',
        status: 400,
        detail: 'invalid',
        errors: [{ field: 'lifeDomains.1.label', message: 'label is too long' }],
      },
      { status: 400, statusText: 'Bad Request' },
    );
    await fixture.whenStable();

    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Controleer');
    expect(page.querySelector('#life-domain-label-1-error')?.textContent).toContain('label is too long');
    expect(page.querySelector('#life-domain-label-1')?.getAttribute('aria-invalid')).toBe('true');
  });
});
