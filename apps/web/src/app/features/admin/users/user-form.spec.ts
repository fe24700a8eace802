import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { OrganisationResponse, UserResponse } from '@sluitend/domain';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { UserForm } from './user-form';

const ORGANISATION: OrganisationResponse = {
  id: 'org-1',
  name: 'Gemeente Utrecht',
  sector: 'gemeente',
  regionId: 'region-1',
  active: true,
  version: 1,
  createdAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
};

describe('UserForm', () => {
  let fixture: ComponentFixture<UserForm>;
  let form: UserForm['form'];
  let page: HTMLElement;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      imports: [UserForm, translocoTesting()],
      providers: [provideHttpClient(), provideHttpClientTesting()],
    });
    fixture = TestBed.createComponent(UserForm);
    fixture.componentRef.setInput('organisations', [ORGANISATION]);
    form = fixture.componentInstance.form;
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  });

  function fillValid(): void {
    form.patchValue({
      name: 'Bram Jansen',
      email: 'bram.jansen@jeugdregio.nl',
      organisationId: 'org-1',
      password: 'fietsen langs de vecht',
    });
    form.controls.roles.controls.professional.setValue(true);
  }

  /** The strength check is asynchronous: it loads its dictionaries on first use. */
  async function validated(): Promise<void> {
    while (form.pending) await new Promise((resolve) => setTimeout(resolve, 5));
  }

  it('accepts a complete user', async () => {
    fillValid();
    await validated();
    expect(form.valid).toBe(true);
  });

  it('refuses sixteen times the same letter and says why in Dutch, without sending it', async () => {
    fillValid();
    form.controls.password.setValue('aaaaaaaaaaaaaaaa');
    fixture.componentInstance.submit();
    await validated();
    await fixture.whenStable();

    expect(form.controls.password.errors).toEqual({ passwordPolicy: ['repeated-characters'] });
    expect(page.querySelector('#user-password-error')?.textContent).toContain(
      'Herhaalde tekens zoals "aaaa" zijn makkelijk te raden.',
    );
    TestBed.inject(HttpTestingController).expectNone('/api/v1/users');
  });

  it('refuses a common password with the Dutch reason', async () => {
    fillValid();
    form.controls.password.setValue('welkom12345678');
    await validated();
    fixture.componentInstance.submit();
    await fixture.whenStable();

    expect(page.querySelector('#user-password-error')?.textContent).toContain('Dit wachtwoord wordt veel gebruikt');
  });

  it('rejects a password shorter than the domain minimum', () => {
    fillValid();
    form.controls.password.setValue('kort');
    expect(form.controls.password.errors).toEqual({ passwordPolicy: ['too-short'] });
  });

  it('rejects a password that contains the local part of the email address', () => {
    fillValid();
    form.controls.password.setValue('bram.jansen-is-een-goede-collega');
    expect(form.controls.password.errors).toEqual({ passwordPolicy: ['contains-email'] });
  });

  it('re-checks the password when the email address changes', async () => {
    fillValid();
    form.controls.password.setValue('wandelen met pietje puk');
    await validated();
    expect(form.controls.password.valid).toBe(true);
    form.controls.email.setValue('pietje@jeugdregio.nl');
    expect(form.controls.password.errors).toEqual({ passwordPolicy: ['contains-email'] });
  });

  it('requires at least one role', () => {
    fillValid();
    form.controls.roles.controls.professional.setValue(false);
    expect(form.controls.roles.errors).toEqual({ atLeastOne: true });
    expect(form.valid).toBe(false);
  });

  it('shows the policy and role errors in Dutch, linked to the inputs, after a submit attempt', async () => {
    form.patchValue({ name: 'Bram', email: 'bram@jeugdregio.nl', organisationId: 'org-1', password: 'kort' });
    fixture.componentInstance.submit();
    await fixture.whenStable();

    const password = page.querySelector('#user-password');
    expect(password?.getAttribute('aria-invalid')).toBe('true');
    expect(password?.getAttribute('aria-describedby')).toContain('user-password-error');
    expect(page.querySelector('#user-password-error')?.textContent).toContain('minimaal 12 tekens');
    expect(page.querySelector('#user-roles-error')?.textContent).toContain('Kies minimaal een rol.');
    TestBed.inject(HttpTestingController).expectNone('/api/v1/users');
  });

  it('sends the user with the ticked roles and reports it as created', async () => {
    const created = jest.fn();
    fixture.componentInstance.created.subscribe(created);
    fillValid();
    form.controls.roles.controls['actietafel-member'].setValue(true);
    await validated();
    fixture.componentInstance.submit();

    const request = TestBed.inject(HttpTestingController).expectOne('/api/v1/users');
    expect(request.request.method).toBe('POST');
    expect(request.request.body).toEqual({
      name: 'Bram Jansen',
      email: 'bram.jansen@jeugdregio.nl',
      organisationId: 'org-1',
      roles: ['professional', 'actietafel-member'],
      password: 'fietsen langs de vecht',
    });
    const user: UserResponse = {
      id: 'user-2',
      email: 'bram.jansen@jeugdregio.nl',
      name: 'Bram Jansen',
      organisationId: 'org-1',
      roles: ['professional', 'actietafel-member'],
      active: true,
      version: 1,
      createdAt: '2026-01-01T00:00:00Z',
      updatedAt: '2026-01-01T00:00:00Z',
    };
    request.flush(user, { status: 201, statusText: 'Created' });
    await fixture.whenStable();

    expect(created).toHaveBeenCalledWith(user);
    expect(form.controls.name.value).toBe('');
  });

  it('refuses admin together with a role that reaches case content, says why in Dutch, and sends nothing', async () => {
    fillValid();
    form.controls.roles.controls.admin.setValue(true);
    expect(form.controls.roles.errors).toEqual({ roleCombination: 'admin-with-case-content' });
    fixture.componentInstance.submit();
    await fixture.whenStable();

    expect(page.querySelector('#user-roles-error')?.textContent).toContain(
      'Een beheerder kan geen rol hebben die dossiers van jongeren inziet',
    );
    TestBed.inject(HttpTestingController).expectNone('/api/v1/users');
  });

  it('refuses admin together with the privacy officer, who checks what admins grant', async () => {
    fillValid();
    form.controls.roles.controls.professional.setValue(false);
    form.controls.roles.controls.admin.setValue(true);
    form.controls.roles.controls['privacy-officer'].setValue(true);
    expect(form.controls.roles.errors).toEqual({ roleCombination: 'admin-with-privacy-officer' });
    fixture.componentInstance.submit();
    await fixture.whenStable();

    expect(page.querySelector('#user-roles-error')?.textContent).toContain('privacyfunctionaris');
    TestBed.inject(HttpTestingController).expectNone('/api/v1/users');
  });

  it('offers the privacy officer role with its Dutch label and sends it when ticked', async () => {
    expect(page.querySelector('label[for="user-role-privacy-officer"]')?.textContent?.trim()).toBe(
      'Privacyfunctionaris',
    );
    fillValid();
    form.controls.roles.controls.professional.setValue(false);
    form.controls.roles.controls['privacy-officer'].setValue(true);
    await validated();
    fixture.componentInstance.submit();

    const request = TestBed.inject(HttpTestingController).expectOne('/api/v1/users');
    expect(request.request.body.roles).toEqual(['privacy-officer']);
  });

  it('marks the email as taken when the API answers 409', async () => {
    fillValid();
    await validated();
    fixture.componentInstance.submit();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/users')
      .flush(
        {
          type: 'https://sluitend.nl/problems/email-taken',
          title: 'Conflict',
          status: 409,
          detail: 'A user with this email address already exists.',
          errors: [{ field: 'email', message: 'email is already in use' }],
        },
        { status: 409, statusText: 'Conflict' },
      );
    await fixture.whenStable();

    expect(form.controls.email.hasError('emailTaken')).toBe(true);
    expect(page.querySelector('#user-email-error')?.textContent).toContain('Dit e-mailadres is al in gebruik.');
    expect(page.querySelector('#user-email-error')?.textContent).not.toContain('email is already in use');
    expect(page.querySelector('p.notice[role="alert"]')?.textContent).toContain('Er bestaat al een gebruiker');
  });

  it('puts field errors from the API on the matching inputs', async () => {
    fillValid();
    await validated();
    fixture.componentInstance.submit();
    TestBed.inject(HttpTestingController)
      .expectOne('/api/v1/users')
      .flush(
        {
          type: 'about:blank',
          title: 'Bad Request',
          status: 400,
          detail: 'validation failed',
          errors: [{ field: 'name', message: 'naam is te lang' }],
        },
        { status: 400, statusText: 'Bad Request' },
      );
    await fixture.whenStable();

    expect(page.querySelector('#user-name-error')?.textContent).toContain('naam is te lang');
    expect(page.querySelector('p.notice[role="alert"]')?.textContent).toContain('Controleer de gemarkeerde velden');
  });
});
