import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { translocoTesting } from '../testing/transloco-testing';
import { App } from './app';

describe('App', () => {
  beforeEach(async () => {
    await TestBed.configureTestingModule({
      imports: [App, translocoTesting()],
      providers: [provideRouter([])],
    }).compileComponents();
  });

  it('offers a skip link to the main content as its first element', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const link = (fixture.nativeElement as HTMLElement).querySelector('a');
    expect(link?.classList).toContain('skip-link');
    expect(link?.textContent?.trim()).toBe('Direct naar de inhoud');
  });

  it('moves focus to the main landmark when the skip link is used', async () => {
    const fixture = TestBed.createComponent(App);
    await fixture.whenStable();
    const main = document.createElement('main');
    main.id = 'main-content';
    main.tabIndex = -1;
    main.scrollIntoView = jest.fn();
    document.body.appendChild(main);

    (fixture.nativeElement as HTMLElement).querySelector<HTMLAnchorElement>('.skip-link')?.click();

    expect(document.activeElement).toBe(main);
    main.remove();
  });
});
