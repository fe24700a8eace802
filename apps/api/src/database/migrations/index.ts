import { PeopleAndOrganisations1763900000000 } from './1763900000000-people-and-organisations';

/** In order of application; listed, not globbed, because the API is bundled. */
export const MIGRATIONS = [PeopleAndOrganisations1763900000000];
