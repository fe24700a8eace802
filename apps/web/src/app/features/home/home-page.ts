import { ChangeDetectionStrategy, Component, computed, inject } from '@angular/core';
import { primaryRole } from '@sluitend/domain';
import { TranslocoDirective } from '@jsverse/transloco';
import { AuthService } from '../../core/auth/auth.service';
import { RoleHome } from './role-home';

/** One URL for everyone; what it shows depends on the user's most important role. */
@Component({
  selector: 'app-home-page',
  imports: [RoleHome, TranslocoDirective],
  template: `
    @if (role(); as role) {
      <app-role-home [role]="role" />
    } @else {
      <section *transloco="let t" data-testid="home-none" aria-labelledby="home-title">
        <h1 id="home-title">{{ t('home.none.title') }}</h1>
        <p class="empty-state">{{ t('home.none.empty') }}</p>
      </section>
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HomePage {
  private readonly auth = inject(AuthService);
  protected readonly role = computed(() => primaryRole(this.auth.roles()));
}
