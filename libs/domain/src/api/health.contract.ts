export type DependencyState = 'up' | 'down';

export interface HealthResponse {
  status: 'ok' | 'unavailable';
  checks: { postgres: DependencyState; redis: DependencyState };
}
