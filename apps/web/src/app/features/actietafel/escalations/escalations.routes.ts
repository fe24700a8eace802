import { Routes } from '@angular/router';

/** The coordinator's triage queue and one escalation's page (the route is for coordinators only). */
export const escalationsRoutes: Routes = [
  {
    path: '',
    title: 'actietafel.escalations.titles.queue',
    loadComponent: () => import('./queue/escalation-queue-page').then((m) => m.EscalationQueuePage),
  },
  {
    path: ':id',
    title: 'actietafel.escalations.titles.detail',
    loadComponent: () => import('./detail/escalation-detail-page').then((m) => m.EscalationDetailPage),
  },
];
