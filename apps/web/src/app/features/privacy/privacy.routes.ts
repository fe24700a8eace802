import { Routes } from '@angular/router';

export const privacyRoutes: Routes = [
  {
    path: '',
    loadComponent: () => import('./privacy-layout').then((m) => m.PrivacyLayout),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'access-log' },
      {
        path: 'access-log',
        title: 'privacy.officer.titles.accessLog',
        loadComponent: () => import('./access-log/access-log-page').then((m) => m.AccessLogPage),
      },
      {
        path: 'retention',
        title: 'privacy.officer.titles.retention',
        loadComponent: () => import('./retention/retention-page').then((m) => m.RetentionPage),
      },
      {
        path: 'erasures',
        title: 'privacy.officer.titles.erasures',
        loadComponent: () => import('./erasures/erasures-page').then((m) => m.ErasuresPage),
      },
    ],
  },
];
