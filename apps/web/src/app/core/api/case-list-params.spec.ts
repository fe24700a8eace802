import { caseListParams } from './case-list-params';

describe('caseListParams', () => {
  it('sends every chosen filter, the sort and the page', () => {
    const params = caseListParams({
      search: ' de Jong ',
      municipalityId: 'm-1',
      status: 'open',
      sort: '-dateOfBirth',
      page: 3,
      pageSize: 20,
    });
    expect(params.toString()).toBe(
      'search=de%20Jong&municipalityId=m-1&status=open&sort=-dateOfBirth&page=3&pageSize=20',
    );
  });

  it('leaves out what the user did not choose, so the API defaults apply', () => {
    expect(caseListParams({ search: '   ', municipalityId: '', page: 1 }).toString()).toBe('page=1');
    expect(caseListParams({}).keys()).toEqual([]);
  });
});
