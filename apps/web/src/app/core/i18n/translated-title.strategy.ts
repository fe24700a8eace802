import { Injectable, inject } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { Title } from '@angular/platform-browser';
import { RouterStateSnapshot, TitleStrategy } from '@angular/router';
import { TranslocoService } from '@jsverse/transloco';
import { BehaviorSubject, combineLatest, of, switchMap } from 'rxjs';

/**
 * Route `title`s are translation keys. A unique, translated page title tells screen-reader
 * users where a navigation took them (WCAG 2.4.2), and it follows the language switch.
 */
@Injectable()
export class TranslatedTitleStrategy extends TitleStrategy {
  private readonly title = inject(Title);
  private readonly transloco = inject(TranslocoService);
  private readonly pageKey = new BehaviorSubject<string | undefined>(undefined);

  constructor() {
    super();
    this.pageKey
      .pipe(
        switchMap((key) =>
          combineLatest([
            this.transloco.selectTranslate<string>('app.name'),
            key ? this.transloco.selectTranslate<string>(key) : of(undefined),
          ]),
        ),
        takeUntilDestroyed(),
      )
      .subscribe(([appName, page]) => this.title.setTitle(page ? `${page} - ${appName}` : appName));
  }

  override updateTitle(snapshot: RouterStateSnapshot): void {
    this.pageKey.next(this.buildTitle(snapshot));
  }
}
