import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterOutlet } from '@angular/router';
import { SkipLink } from './shell/skip-link';

@Component({
  selector: 'app-root',
  imports: [RouterOutlet, SkipLink],
  template: `<app-skip-link /><router-outlet />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class App {}
