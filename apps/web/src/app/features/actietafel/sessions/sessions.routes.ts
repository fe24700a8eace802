import { Routes } from '@angular/router';

/** Filled by the sessions feature (planner, agenda, session mode, minutes). */
export const sessionsRoutes: Routes = [];
