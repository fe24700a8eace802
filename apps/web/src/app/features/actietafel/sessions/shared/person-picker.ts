import { ChangeDetectionStrategy, Component, computed, inject, input, output, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule } from '@angular/forms';
import { TranslocoDirective } from '@jsverse/transloco';
import { ColleagueRole } from '@sluitend/domain';
import { debounceTime, distinctUntilChanged, map, of, switchMap, tap } from 'rxjs';
import { UiMessage } from '../../../../core/http/ui-message';
import { SEARCH_DEBOUNCE_MS, searchTerm } from '../../../../shared/search-term';
import { RuleError } from '../../../cases/shared/rule-error';
import { PeopleDirectory, PersonOption, matchesName } from './people-directory';

const USER_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Find a person by name and pick them. Suggestions (e.g. the region's chairs) are offered before
 * any typing; someone the search cannot find can still be picked by their user id. Enter in the
 * search box picks the only result and never submits the surrounding form.
 */
@Component({
  selector: 'app-person-picker',
  imports: [ReactiveFormsModule, TranslocoDirective, RuleError],
  template: `
    <div *transloco="let t" class="person-picker" [attr.data-testid]="testId()">
      <div class="form-field">
        <label [for]="pickerId() + '-search'">{{ t(label()) }}</label>
        @if (hint(); as hintKey) {
          <p class="hint" [id]="pickerId() + '-hint'">{{ t(hintKey) }}</p>
        }
        <input
          type="search"
          autocomplete="off"
          [id]="pickerId() + '-search'"
          [formControl]="search"
          [attr.aria-invalid]="invalid() ? 'true' : null"
          [attr.aria-describedby]="describedBy()"
          [attr.aria-controls]="pickerId() + '-results'"
          [attr.data-testid]="testId() + '-search'"
          (keydown.enter)="pickOnly($event)"
        />
      </div>
      <p class="visually-hidden" role="status">
        @if (found() !== null) {
          {{ t('actietafel.sessions.picker.found', { count: results().length }) }}
        }
      </p>
      <ul
        class="choice-list"
        [id]="pickerId() + '-results'"
        [attr.aria-label]="t('actietafel.sessions.picker.results')"
      >
        @for (person of results(); track person.userId) {
          <li>
            <button
              type="button"
              class="choice-list__option"
              [attr.data-testid]="testId() + '-option'"
              (click)="pick(person)"
            >
              <span class="choice-list__name">{{ person.name }}</span>
              @if (person.organisationName) {
                <span class="muted">
                  {{ person.organisationName }}
                  @if (person.sector) {
                    ({{ t('sector.' + person.sector) }})
                  }
                </span>
              }
            </button>
          </li>
        }
      </ul>
      @if (found() !== null && results().length === 0) {
        <p class="muted">{{ t('actietafel.sessions.picker.none') }}</p>
      }
      <details class="person-picker__by-id">
        <summary>{{ t('actietafel.sessions.picker.byId.summary') }}</summary>
        <div class="form-field">
          <label [for]="pickerId() + '-id'">{{ t('actietafel.sessions.picker.byId.label') }}</label>
          <p class="hint" [id]="pickerId() + '-id-hint'">{{ t('actietafel.sessions.picker.byId.hint') }}</p>
          <input
            type="text"
            autocomplete="off"
            spellcheck="false"
            [id]="pickerId() + '-id'"
            [formControl]="userId"
            [attr.aria-invalid]="idError() ? 'true' : null"
            [attr.aria-describedby]="pickerId() + '-id-hint ' + pickerId() + '-id-error'"
            [attr.data-testid]="testId() + '-id'"
            (keydown.enter)="pickById($event)"
          />
          <app-rule-error [errorId]="pickerId() + '-id-error'" [messages]="idMessages()" />
        </div>
        <button
          type="button"
          class="button button--secondary button--small"
          [attr.data-testid]="testId() + '-id-use'"
          (click)="pickById()"
        >
          {{ t('actietafel.sessions.picker.byId.use') }}
        </button>
      </details>
    </div>
  `,
  styleUrl: './sessions.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonPicker {
  private readonly directory = inject(PeopleDirectory);
  private readonly fb = inject(NonNullableFormBuilder);

  /** Prefix of the ids inside; must be unique on the page. */
  readonly pickerId = input.required<string>();
  /** A translation key. */
  readonly label = input.required<string>();
  readonly hint = input<string | null>(null);
  /** Offered before anything is typed, and matched by name while typing. */
  readonly suggestions = input<readonly PersonOption[]>([]);
  /** The roles searched: a chair for the chair, table members and professionals for the invitees. */
  readonly roles = input<readonly ColleagueRole[]>(['professional']);
  /** People already chosen elsewhere in the form. */
  readonly exclude = input<readonly string[]>([]);
  readonly invalid = input(false);
  /** The id of the error text of the field this picker fills. */
  readonly errorId = input<string | null>(null);
  readonly testId = input<string>('person-picker');
  readonly picked = output<PersonOption>();

  protected readonly search = this.fb.control('');
  protected readonly userId = this.fb.control('');
  private readonly term = signal('');
  protected readonly found = signal<PersonOption[] | null>(null);
  protected readonly idError = signal<UiMessage | null>(null);
  protected readonly idMessages = computed(() => {
    const error = this.idError();
    return error ? [error] : [];
  });
  protected readonly results = computed(() => {
    const excluded = new Set(this.exclude());
    const term = this.term();
    const suggested = this.suggestions().filter((person) => term === '' || matchesName(person, term));
    const all = [...suggested, ...(this.found() ?? [])];
    return all.filter(
      (person, index) =>
        !excluded.has(person.userId) && all.findIndex((other) => other.userId === person.userId) === index,
    );
  });
  protected readonly describedBy = computed(
    () => [this.hint() ? `${this.pickerId()}-hint` : null, this.errorId()].filter(Boolean).join(' ') || null,
  );

  constructor() {
    this.search.valueChanges
      .pipe(
        debounceTime(SEARCH_DEBOUNCE_MS),
        map(searchTerm),
        distinctUntilChanged(),
        tap((term) => this.term.set(term ?? '')),
        switchMap((term) => (term ? this.directory.search(term, this.roles()) : of(null))),
        takeUntilDestroyed(),
      )
      .subscribe((found) => this.found.set(found));
  }

  protected pick(person: PersonOption): void {
    this.picked.emit(person);
    this.search.setValue('', { emitEvent: false });
    this.term.set('');
    this.found.set(null);
  }

  protected pickOnly(event: Event): void {
    event.preventDefault();
    const results = this.results();
    const only = results[0];
    if (results.length === 1 && only) this.pick(only);
  }

  protected pickById(event?: Event): void {
    event?.preventDefault();
    const id = this.userId.value.trim();
    if (!USER_ID.test(id)) {
      this.idError.set({ key: 'actietafel.sessions.picker.byId.invalid' });
      return;
    }
    this.idError.set(null);
    this.userId.setValue('');
    this.pick({ userId: id.toLowerCase(), name: id.toLowerCase(), organisationName: null, sector: null });
  }
}
