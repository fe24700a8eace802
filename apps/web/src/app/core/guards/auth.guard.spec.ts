import { provideHttpClient } from '@angular/common/http';
import { provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { signIn } from '../../../testing/users';
import { authGuard } from './auth.guard';

@Component({ template: '', changeDetection: ChangeDetectionStrategy.OnPush })
class Blank {}

describe('authGuard', () => {
  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideRouter([
          { path: 'login', component: Blank },
          {
            path: '',
            canMatch: [authGuard],
            children: [
              { path: 'home', component: Blank },
              { path: 'admin/users', component: Blank },
            ],
          },
        ]),
        provideHttpClient(),
        provideHttpClientTesting(),
      ],
    });
  });

  async function open(url: string): Promise<string> {
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url);
    return TestBed.inject(Router).url;
  }

  it('lets a signed-in user through', async () => {
    signIn(['professional']);
    expect(await open('/admin/users')).toBe('/admin/users');
  });

  it('sends an anonymous visitor to the login page, remembering where they wanted to go', async () => {
    expect(await open('/admin/users')).toBe('/login?returnUrl=%2Fadmin%2Fusers');
  });

  it('adds no return url when the visitor opened the root', async () => {
    expect(await open('/')).toBe('/login');
  });
});
