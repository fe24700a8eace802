import { Routes } from '@angular/router';

export const casesRoutes: Routes = [
  {
    path: '',
    title: 'title.cases',
    loadComponent: () => import('./list/case-list-page').then((m) => m.CaseListPage),
  },
  {
    path: 'new',
    title: 'title.newCase',
    loadComponent: () => import('./new/new-case-page').then((m) => m.NewCasePage),
  },
  {
    path: 'emergency-access',
    title: 'privacy.emergency.pageTitle',
    loadComponent: () => import('./emergency/emergency-access-page').then((m) => m.EmergencyAccessPage),
  },
  {
    // Before ':id', so the printable plan is a page of its own, without the dossier's tabs.
    path: ':id/toekomstplan/print',
    title: 'title.planPrint',
    loadComponent: () => import('../toekomstplan/print/plan-print-page').then((m) => m.PlanPrintPage),
  },
  {
    path: ':id',
    loadComponent: () => import('./case/case-page').then((m) => m.CasePage),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'overview' },
      {
        path: 'overview',
        title: 'title.caseOverview',
        loadComponent: () => import('./case/overview/case-overview').then((m) => m.CaseOverview),
      },
      {
        path: 'toekomstplan',
        loadChildren: () => import('../toekomstplan/toekomstplan.routes').then((m) => m.toekomstplanRoutes),
      },
      {
        path: 'team',
        title: 'title.caseTeam',
        loadComponent: () => import('./case/team/team-tab').then((m) => m.TeamTab),
      },
      {
        path: 'timeline',
        title: 'title.caseTimeline',
        loadComponent: () => import('./case/timeline/timeline-tab').then((m) => m.TimelineTab),
      },
      {
        path: 'actietafel',
        loadChildren: () => import('./case/actietafel/case-actietafel.routes').then((m) => m.caseActietafelRoutes),
      },
      {
        path: 'consents',
        title: 'privacy.consents.pageTitle',
        loadComponent: () => import('./case/consents/consents-tab').then((m) => m.ConsentsTab),
      },
      {
        path: 'access-log',
        title: 'privacy.accessLog.pageTitle',
        loadComponent: () => import('./case/access-log/access-log-tab').then((m) => m.AccessLogTab),
      },
    ],
  },
];
