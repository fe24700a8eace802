import { Routes } from '@angular/router';
import { unsavedChangesGuard } from '../../core/guards/unsaved-changes.guard';

/** Children of a case's "Toekomstplan" tab; they read the case from the case page's CaseContext. */
export const toekomstplanRoutes: Routes = [
  {
    path: '',
    title: 'title.toekomstplan',
    canDeactivate: [unsavedChangesGuard],
    loadComponent: () => import('./editor/plan-editor-page').then((m) => m.PlanEditorPage),
  },
  {
    path: 'versions',
    title: 'title.planVersions',
    loadComponent: () => import('./versions/plan-versions-page').then((m) => m.PlanVersionsPage),
  },
];
