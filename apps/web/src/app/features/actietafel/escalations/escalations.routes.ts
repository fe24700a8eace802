import { Routes } from '@angular/router';

/** Filled by the escalations feature (triage queue, escalation detail). */
export const escalationsRoutes: Routes = [];
