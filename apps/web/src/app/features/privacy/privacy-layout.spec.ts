import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { translocoTesting } from '../../../testing/transloco-testing';
import { PrivacyLayout } from './privacy-layout';

@Component({
  selector: 'app-stub-page',
  template: '<h1>Stub</h1>',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
class StubPage {}

describe('PrivacyLayout', () => {
  async function openAt(url: string): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [translocoTesting()],
      providers: [
        provideRouter([
          {
            path: 'privacy',
            component: PrivacyLayout,
            children: ['access-log', 'retention', 'erasures'].map((path) => ({ path, component: StubPage })),
          },
        ]),
      ],
    });
    const harness = await RouterTestingHarness.create(url);
    return harness.fixture.nativeElement as HTMLElement;
  }

  it('offers the three privacy pages in a labelled menu', async () => {
    const page = await openAt('/privacy/retention');
    const nav = page.querySelector('nav');
    expect(nav?.getAttribute('aria-label')).toBe('Onderdelen van privacy');
    const links = Array.from(nav?.querySelectorAll('a') ?? []).map((link) => [
      link.getAttribute('href'),
      link.textContent?.trim(),
    ]);
    expect(links).toEqual([
      ['/privacy/access-log', 'Toegangslog'],
      ['/privacy/retention', 'Bewaartermijnen'],
      ['/privacy/erasures', 'Gewiste dossiers'],
    ]);
  });

  it('marks the open page as current, for screen readers as well as visually', async () => {
    const page = await openAt('/privacy/erasures');
    const current = page.querySelector('nav a[aria-current="page"]');
    expect(current?.textContent?.trim()).toBe('Gewiste dossiers');
    expect(current?.classList).toContain('tabs__link--active');
    expect(page.querySelectorAll('nav a[aria-current]')).toHaveLength(1);
    expect(page.querySelector('h1')?.textContent).toBe('Stub');
  });
});
