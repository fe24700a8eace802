import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Route, Router, UrlTree, provideRouter } from '@angular/router';
import { signIn } from '../../../testing/users';
import { roleGuard } from './role.guard';

describe('roleGuard', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [provideRouter([]), provideHttpClient(), provideHttpClientTesting()],
    });
  });

  const run = () => TestBed.runInInjectionContext(() => roleGuard('admin')({} as Route, []));

  it('lets a user with the role through', () => {
    signIn(['professional', 'admin']);
    expect(run()).toBe(true);
  });

  it('sends a user without the role to their own home page', () => {
    signIn(['actietafel-chair']);
    const result = run();
    expect(result).toBeInstanceOf(UrlTree);
    expect(TestBed.inject(Router).serializeUrl(result as UrlTree)).toBe('/home');
  });

  it('keeps anonymous visitors out', () => {
    expect(run()).toBeInstanceOf(UrlTree);
  });
});
