import { Routes } from '@angular/router';

export const loginRoutes: Routes = [
  {
    path: '',
    title: 'title.login',
    loadComponent: () => import('./login-page').then((m) => m.LoginPage),
  },
];
