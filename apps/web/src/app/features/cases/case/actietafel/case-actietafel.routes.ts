import { Routes } from '@angular/router';

/** Children of a case's "Actietafel" tab; they read the case from the case page's CaseContext. */
export const caseActietafelRoutes: Routes = [
  {
    path: '',
    title: 'actietafel.escalations.titles.case',
    loadComponent: () => import('./case-escalations-tab').then((m) => m.CaseEscalationsTab),
  },
  {
    path: 'new',
    title: 'actietafel.escalations.titles.new',
    loadComponent: () => import('./new-escalation-page').then((m) => m.NewEscalationPage),
  },
  {
    path: ':escalationId',
    title: 'actietafel.escalations.titles.detail',
    loadComponent: () => import('./case-escalation-detail').then((m) => m.CaseEscalationDetail),
  },
];
