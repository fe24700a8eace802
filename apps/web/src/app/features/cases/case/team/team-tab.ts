import { ChangeDetectionStrategy, Component } from '@angular/core';
import { NetworkMembers } from './network-members';
import { TeamMembers } from './team-members';

/** The professionals around the jongere, and the people from their own life. */
@Component({
  selector: 'app-team-tab',
  imports: [TeamMembers, NetworkMembers],
  template: `<app-team-members /><app-network-members />`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TeamTab {}
