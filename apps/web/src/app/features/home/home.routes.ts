import { Routes } from '@angular/router';

export const homeRoutes: Routes = [
  {
    path: '',
    title: 'title.home',
    loadComponent: () => import('./home-page').then((m) => m.HomePage),
  },
];
