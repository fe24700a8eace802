import { API_BASE_PATH, API_VERSION, PROBLEM_CONTENT_TYPE } from './problem';

describe('API conventions', () => {
  it('answers errors as RFC 9457 problem details', () => {
    expect(PROBLEM_CONTENT_TYPE).toBe('application/problem+json');
  });

  it('carries only the major version in the path and the full version in the document, as the API Design Rules ask', () => {
    expect(API_BASE_PATH).toBe('/api/v1');
    expect(API_VERSION).toMatch(/^1\.\d+\.\d+$/);
  });
});
