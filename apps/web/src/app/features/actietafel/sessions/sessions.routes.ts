import { Routes } from '@angular/router';
import { roleGuard } from '../../../core/guards/role.guard';

/** The sessions of the Actietafel: the list, the planner, one session, session mode and the minutes. */
export const sessionsRoutes: Routes = [
  {
    path: '',
    title: 'actietafel.sessions.titles.list',
    loadComponent: () => import('./list/sessions-list-page').then((m) => m.SessionsListPage),
  },
  {
    // Before ':id', so "new" is never read as a session id.
    path: 'new',
    title: 'actietafel.sessions.titles.new',
    canMatch: [roleGuard('actietafel-coordinator')],
    loadComponent: () => import('./planner/session-planner-page').then((m) => m.SessionPlannerPage),
  },
  {
    path: ':id',
    title: 'actietafel.sessions.titles.detail',
    loadComponent: () => import('./detail/session-page').then((m) => m.SessionPage),
  },
  {
    path: ':id/run',
    title: 'actietafel.sessionMode.title',
    loadComponent: () => import('./run/session-mode-page').then((m) => m.SessionModePage),
  },
  {
    path: ':id/minutes',
    title: 'actietafel.minutes.title',
    loadComponent: () => import('./minutes/minutes-page').then((m) => m.MinutesPage),
  },
];
