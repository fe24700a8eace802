import { Routes } from '@angular/router';

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
];
