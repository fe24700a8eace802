import { Route } from '@angular/router';
import { authGuard } from './core/guards/auth.guard';
import { guestGuard } from './core/guards/guest.guard';
import { anyRoleGuard } from './core/guards/any-role.guard';
import { roleGuard } from './core/guards/role.guard';

export const appRoutes: Route[] = [
  {
    path: 'login',
    canActivate: [guestGuard],
    loadChildren: () => import('./features/login/login.routes').then((m) => m.loginRoutes),
  },
  {
    path: '',
    canMatch: [authGuard],
    loadComponent: () => import('./shell/shell').then((m) => m.Shell),
    children: [
      { path: '', pathMatch: 'full', redirectTo: 'home' },
      {
        path: 'home',
        loadChildren: () => import('./features/home/home.routes').then((m) => m.homeRoutes),
      },
      {
        path: 'cases',
        canMatch: [roleGuard('professional')],
        loadChildren: () => import('./features/cases/cases.routes').then((m) => m.casesRoutes),
      },
      {
        path: 'actietafel',
        canMatch: [anyRoleGuard(['actietafel-coordinator', 'actietafel-chair', 'actietafel-member', 'professional'])],
        loadChildren: () => import('./features/actietafel/actietafel.routes').then((m) => m.actietafelRoutes),
      },
      {
        path: 'monitoring',
        canMatch: [anyRoleGuard(['actietafel-coordinator', 'actietafel-chair'])],
        loadChildren: () => import('./features/monitoring/monitoring.routes').then((m) => m.monitoringRoutes),
      },
      {
        path: 'admin',
        canMatch: [roleGuard('admin')],
        loadChildren: () => import('./features/admin/admin.routes').then((m) => m.adminRoutes),
      },
      {
        path: 'privacy',
        canMatch: [roleGuard('privacy-officer')],
        loadChildren: () => import('./features/privacy/privacy.routes').then((m) => m.privacyRoutes),
      },
      {
        // Every signed-in role: the notification e-mails link here.
        path: 'settings',
        loadChildren: () => import('./features/settings/settings.routes').then((m) => m.settingsRoutes),
      },
    ],
  },
  { path: '**', redirectTo: '' },
];
