import { Routes } from '@angular/router';
import { provideEchartsCore } from 'ngx-echarts';
import { roleGuard } from '../../core/guards/role.guard';

/**
 * The dashboard, the lists behind its figures and the report. The chart library is provided here only and
 * loaded when the first chart is drawn, so neither the rest of the app nor the report page carries it.
 */
export const monitoringRoutes: Routes = [
  {
    path: '',
    providers: [provideEchartsCore({ echarts: () => import('./echarts-setup').then((m) => m.echarts) })],
    children: [
      {
        path: '',
        pathMatch: 'full',
        title: 'monitoring.titles.dashboard',
        loadComponent: () => import('./dashboard-page').then((m) => m.DashboardPage),
      },
      {
        path: 'report',
        title: 'monitoring.titles.report',
        loadComponent: () => import('./report-page').then((m) => m.ReportPage),
      },
      {
        path: 'signals/:signal',
        title: 'monitoring.titles.signal',
        loadComponent: () => import('./signal-cases-page').then((m) => m.SignalCasesPage),
      },
      {
        // The region's overdue agreements are the coordinator's list, as in the escalation queue.
        path: 'overdue-agreements',
        canMatch: [roleGuard('actietafel-coordinator')],
        title: 'monitoring.titles.overdueAgreements',
        loadComponent: () => import('./overdue-agreements-page').then((m) => m.OverdueAgreementsPage),
      },
    ],
  },
];
