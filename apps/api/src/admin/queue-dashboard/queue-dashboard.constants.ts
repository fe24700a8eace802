/**
 * Outside /api/v1: the dashboard is an HTML tool for admins, not part of the API contract. The static
 * serving of the web app and the global prefix both leave this path alone.
 */
export const QUEUE_DASHBOARD_PATH = '/admin/queues';

/** The global prefix's exclusions, in Nest's route syntax. */
export const QUEUE_DASHBOARD_ROUTES = ['admin/queues', 'admin/queues/{*path}'];

/** The access log's name for the dashboard. */
export const QUEUE_DASHBOARD_RESOURCE = 'queue-dashboard';
