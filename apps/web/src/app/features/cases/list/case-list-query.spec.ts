import { CaseListQuery } from '@sluitend/domain';
import { searchTerm } from '../../../shared/search-term';
import { INITIAL_CASE_QUERY, sortDirection, withFilters, withPage, withSortOn } from './case-list-query';

describe('case list query', () => {
  it('searches from two characters, and for everything when the box is empty', () => {
    expect(searchTerm('  ')).toBe('');
    expect(searchTerm('n')).toBeNull();
    expect(searchTerm(' no ')).toBe('no');
    expect(searchTerm('111222333')).toBe('111222333');
  });

  it('starts with the open cases by last name, 20 per page', () => {
    expect(INITIAL_CASE_QUERY).toEqual({ status: 'open', sort: 'lastName', page: 1, pageSize: 20 });
  });

  it('goes back to page 1 when a filter changes', () => {
    const onPage3: CaseListQuery = { ...INITIAL_CASE_QUERY, page: 3 };
    expect(withFilters(onPage3, { search: 'noah' })).toEqual({ ...INITIAL_CASE_QUERY, search: 'noah', page: 1 });
    expect(withFilters(onPage3, { municipalityId: 'm-1', status: '' })).toEqual({
      ...INITIAL_CASE_QUERY,
      municipalityId: 'm-1',
      status: undefined,
      page: 1,
    });
  });

  it('keeps the same query object when nothing changed, so nothing is fetched again', () => {
    const query: CaseListQuery = { ...INITIAL_CASE_QUERY, search: 'noah', page: 2 };
    expect(withFilters(query, { search: 'noah', status: 'open' })).toBe(query);
    expect(withPage(query, 2)).toBe(query);
    expect(withPage(query, 3)).toEqual({ ...query, page: 3 });
  });

  it('sorts on a column ascending first, then descending, from page 1', () => {
    const byName = withSortOn({ ...INITIAL_CASE_QUERY, page: 4 }, 'dateOfBirth');
    expect(byName).toMatchObject({ sort: 'dateOfBirth', page: 1 });
    expect(withSortOn(byName, 'dateOfBirth').sort).toBe('-dateOfBirth');
    expect(withSortOn(withSortOn(byName, 'dateOfBirth'), 'dateOfBirth').sort).toBe('dateOfBirth');
  });

  it('tells the direction of each column for aria-sort', () => {
    const query: CaseListQuery = { ...INITIAL_CASE_QUERY, sort: '-updatedAt' };
    expect(sortDirection(query, 'updatedAt')).toBe('descending');
    expect(sortDirection(query, 'lastName')).toBe('none');
    expect(sortDirection(INITIAL_CASE_QUERY, 'lastName')).toBe('ascending');
  });
});
