import { Routes } from '@angular/router';
import { unsavedChangesGuard } from '../../core/guards/unsaved-changes.guard';

export const adminRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'organisations' },
  {
    path: 'organisations',
    title: 'title.organisations',
    loadComponent: () => import('./organisations/organisations-page').then((m) => m.OrganisationsPage),
  },
  {
    path: 'users',
    title: 'title.users',
    loadComponent: () => import('./users/users-page').then((m) => m.UsersPage),
  },
  {
    path: 'life-domains',
    title: 'title.lifeDomains',
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./life-domains/life-domains-page').then((m) => m.LifeDomainsPage),
  },
];
