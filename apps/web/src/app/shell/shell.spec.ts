import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ComponentFixture, TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { Role } from '@sluitend/domain';
import { translocoTesting } from '../../testing/transloco-testing';
import { signIn } from '../../testing/users';
import { AuthService } from '../core/auth/auth.service';
import { Shell } from './shell';

describe('Shell', () => {
  let fixture: ComponentFixture<Shell>;
  let page: HTMLElement;

  beforeEach(() => {
    TestBed.configureTestingModule({
      imports: [Shell, translocoTesting()],
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  async function render(roles: Role[]): Promise<void> {
    signIn(roles);
    fixture = TestBed.createComponent(Shell);
    page = fixture.nativeElement as HTMLElement;
    await fixture.whenStable();
  }

  const navLabels = () => Array.from(page.querySelectorAll('nav a')).map((link) => link.textContent?.trim());

  it('has header, navigation and main landmarks, with main as the skip-link target', async () => {
    await render(['professional']);
    expect(page.querySelector('header')).not.toBeNull();
    expect(page.querySelector('nav')?.getAttribute('aria-label')).toBe('Hoofdmenu');
    expect(page.querySelector('main#main-content')?.getAttribute('tabindex')).toBe('-1');
  });

  it('shows the product name, the user and their organisation', async () => {
    await render(['professional']);
    const header = page.querySelector('header')?.textContent ?? '';
    expect(header).toContain('Sluitend');
    expect(header).toContain('Anne de Vries');
    expect(header).toContain('Gemeente Utrecht');
  });

  it('shows every signed-in user the notification bell in the header, with its unread count', async () => {
    await render(['actietafel-member']);
    TestBed.inject(HttpTestingController).expectOne('/api/v1/notifications/summary').flush({ unreadCount: 2 });
    await fixture.whenStable();
    const bell = page.querySelector('header button[aria-haspopup="dialog"]');
    expect(bell?.getAttribute('aria-label')).toBe('Meldingen, 2 ongelezen');
  });

  it('shows an admin the management items', async () => {
    await render(['admin']);
    expect(navLabels()).toEqual(['Organisaties', 'Gebruikers', 'Leefgebieden']);
  });

  it('shows the items of every role the user has, a page two roles share once', async () => {
    await render(['actietafel-coordinator', 'actietafel-chair', 'actietafel-member', 'professional']);
    expect(navLabels()).toEqual(['Escalaties', 'Sessies', 'Monitoring', 'Mijn dossiers']);
  });

  it('shows a privacy officer the privacy item', async () => {
    await render(['privacy-officer']);
    expect(navLabels()).toEqual(['Privacy']);
    expect(page.querySelector('nav a')?.getAttribute('href')).toBe('/privacy');
  });

  it('switches the language and the lang attribute of the page', async () => {
    await render(['admin']);
    const english = Array.from(page.querySelectorAll<HTMLButtonElement>('.language-switch button')).find((b) =>
      b.textContent?.includes('EN'),
    );
    english?.click();
    await fixture.whenStable();

    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
    expect(english?.getAttribute('aria-pressed')).toBe('true');
    expect(navLabels()).toEqual(['Organisations', 'Users', 'Life domains']);
  });

  it('signs out and goes to the login page', async () => {
    await render(['admin']);
    const navigate = jest.spyOn(TestBed.inject(Router), 'navigate').mockResolvedValue(true);
    const logout = Array.from(page.querySelectorAll<HTMLButtonElement>('header button')).find(
      (button) => button.textContent?.trim() === 'Uitloggen',
    );
    logout?.click();
    TestBed.inject(HttpTestingController)
      .expectOne({ method: 'POST', url: '/api/v1/auth/logout' })
      .flush(null, { status: 204, statusText: 'No Content' });

    expect(TestBed.inject(AuthService).isSignedIn()).toBe(false);
    expect(navigate).toHaveBeenCalledWith(['/login']);
  });
});
