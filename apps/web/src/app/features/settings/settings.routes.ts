import { Routes } from '@angular/router';

/** The signed-in user's own settings; every role has them. */
export const settingsRoutes: Routes = [
  { path: '', pathMatch: 'full', redirectTo: 'notifications' },
  {
    path: 'notifications',
    title: 'title.notificationSettings',
    loadComponent: () =>
      import('./notification-settings/notification-settings-page').then((m) => m.NotificationSettingsPage),
  },
];
