/** RFC 9457 problem details, as the Dutch API Design Rules require for every error. */
export interface FieldError {
  field: string;
  message: string;
}

export interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  instance?: string;
  errors?: FieldError[];
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
export const API_VERSION = '1.0.0';
export const API_BASE_PATH = '/api/v1';
