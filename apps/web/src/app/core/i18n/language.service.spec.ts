import { TestBed } from '@angular/core/testing';
import { TranslocoService } from '@jsverse/transloco';
import { firstValueFrom } from 'rxjs';
import { translocoTesting } from '../../../testing/transloco-testing';
import { LanguageService } from './language.service';

describe('LanguageService', () => {
  beforeEach(() => {
    localStorage.clear();
    TestBed.configureTestingModule({ imports: [translocoTesting()] });
  });

  it('starts in Dutch when the visitor never chose a language', async () => {
    await firstValueFrom(TestBed.inject(LanguageService).initialise());
    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('nl');
    expect(document.documentElement.lang).toBe('nl');
  });

  it('remembers the chosen language for the next visit', async () => {
    TestBed.inject(LanguageService).use('en');
    TestBed.inject(TranslocoService).setActiveLang('nl');

    await firstValueFrom(TestBed.inject(LanguageService).initialise());
    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('en');
    expect(document.documentElement.lang).toBe('en');
  });

  it('ignores a stored value that is not a supported language', async () => {
    localStorage.setItem('sluitend.language', 'fr');
    await firstValueFrom(TestBed.inject(LanguageService).initialise());
    expect(TestBed.inject(TranslocoService).getActiveLang()).toBe('nl');
  });
});
