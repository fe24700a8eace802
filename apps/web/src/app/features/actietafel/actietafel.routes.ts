import { Routes } from '@angular/router';
import { roleGuard } from '../../core/guards/role.guard';

/** The Actietafel: the coordinator's escalations (triage), and the sessions table roles and invited professionals take part in. */
export const actietafelRoutes: Routes = [
  {
    path: 'escalations',
    canMatch: [roleGuard('actietafel-coordinator')],
    loadChildren: () => import('./escalations/escalations.routes').then((m) => m.escalationsRoutes),
  },
  {
    path: 'sessions',
    loadChildren: () => import('./sessions/sessions.routes').then((m) => m.sessionsRoutes),
  },
  { path: '', pathMatch: 'full', redirectTo: 'sessions' },
];
