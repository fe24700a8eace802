import { Injectable, inject } from '@angular/core';
import { ColleagueResponse, ColleagueRole, Sector } from '@sluitend/domain';
import { Observable, catchError, forkJoin, map, of } from 'rxjs';
import { ColleaguesApiService } from '../../../../core/api/colleagues-api.service';

/** Someone the coordinator can put on a session: as chair, minute-taker or invited member. */
export interface PersonOption {
  userId: string;
  name: string;
  organisationName: string | null;
  /** The sector of the person's organisation: the default sector they represent at the table. */
  sector: Sector | null;
}

/** Where the planner finds people: active colleagues by the roles a part asks for (`GET /colleagues?role=`). */
@Injectable({ providedIn: 'root' })
export class PeopleDirectory {
  private readonly colleagues = inject(ColleaguesApiService);

  /** The region's chairs, by name, to pick from before typing; none when the list cannot be read. */
  knownChairs(): Observable<PersonOption[]> {
    return this.search('', ['actietafel-chair']);
  }

  /** People with any of the roles whose name matches the text, once each, by name. */
  search(term: string, roles: readonly ColleagueRole[] = ['professional']): Observable<PersonOption[]> {
    return forkJoin(roles.map((role) => this.colleagues.search(term, role))).pipe(
      map((answers) => uniquePeople(answers.flat())),
      catchError(() => of<PersonOption[]>([])),
    );
  }
}

function uniquePeople(people: readonly ColleagueResponse[]): PersonOption[] {
  const byId = new Map<string, PersonOption>();
  for (const person of people) {
    if (!byId.has(person.userId)) {
      byId.set(person.userId, {
        userId: person.userId,
        name: person.name,
        organisationName: person.organisationName,
        sector: person.sector,
      });
    }
  }
  return [...byId.values()].sort((a, b) => a.name.localeCompare(b.name, 'nl', { sensitivity: 'base' }));
}

/** Case-insensitive "contains", for filtering the known people while a search runs. */
export function matchesName(person: PersonOption, term: string): boolean {
  return person.name.toLocaleLowerCase('nl').includes(term.trim().toLocaleLowerCase('nl'));
}
