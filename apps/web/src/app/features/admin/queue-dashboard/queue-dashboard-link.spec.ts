import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Role } from '@sluitend/domain';
import { translocoTesting } from '../../../../testing/transloco-testing';
import { AuthService } from '../../../core/auth/auth.service';
import { QueueDashboardLink } from './queue-dashboard-link';

async function render(roles: Role[]): Promise<HTMLElement> {
  TestBed.configureTestingModule({
    imports: [QueueDashboardLink, translocoTesting()],
    providers: [{ provide: AuthService, useValue: { roles: signal<readonly Role[]>(roles) } }],
  });
  const fixture = TestBed.createComponent(QueueDashboardLink);
  await fixture.whenStable();
  return fixture.nativeElement as HTMLElement;
}

describe('QueueDashboardLink', () => {
  it('shows an admin a plain link to /admin/queues that opens in the same tab, in Dutch', async () => {
    const element = await render(['admin']);

    const link = element.querySelector('a');
    expect(link?.getAttribute('href')).toBe('/admin/queues');
    expect(link?.hasAttribute('target')).toBe(false);
    expect(link?.textContent?.trim()).toBe('Wachtrijdashboard openen');
    expect(element.querySelector('h2')?.textContent?.trim()).toBe('Wachtrijen');
  });

  it('shows nothing to a user without the admin role', async () => {
    const element = await render(['professional', 'privacy-officer']);

    expect(element.querySelector('a')).toBeNull();
    expect(element.textContent?.trim()).toBe('');
  });
});
