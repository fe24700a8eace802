import type { Role, Sector } from '@sluitend/domain';

/** Regio Rivierenland, the region of the transformatieplan "Samenwerken aan een sluitende aanpak". */
export const DEMO_REGION = {
  name: 'Rivierenland',
  municipalities: [
    'Buren',
    'Culemborg',
    'Maasdriel',
    'Neder-Betuwe',
    'Tiel',
    'West Betuwe',
    'West Maas en Waal',
    'Zaltbommel',
  ],
};

export const DEMO_ORGANISATIONS: ReadonlyArray<{ key: string; name: string; sector: Sector }> = [
  { key: 'jongerenwerk', name: 'Jongerenwerk Rivierenland', sector: 'welzijn' },
  { key: 'wijkteam', name: 'Sociaal Wijkteam Tiel', sector: 'welzijn' },
  { key: 'jeugd-ggz', name: 'Jeugd-GGZ Betuwe', sector: 'jeugdhulp' },
  { key: 'jeugdbescherming', name: 'Jeugdbescherming Gelderland', sector: 'jeugdhulp' },
  { key: 'werkzaak', name: 'Werkzaak Rivierenland', sector: 'werk-en-inkomen' },
  { key: 'rmc', name: 'RMC Rivierenland (leerplicht)', sector: 'werk-en-inkomen' },
  { key: 'praktijkonderwijs', name: 'Praktijkschool Tiel', sector: 'onderwijs' },
  { key: 'mbo', name: 'MBO College Rivierenland', sector: 'onderwijs' },
  { key: 'gemeente', name: 'Gemeente Tiel', sector: 'gemeente' },
];

export const DEMO_USERS: ReadonlyArray<{ email: string; name: string; organisation: string; roles: Role[] }> = [
  { email: 'admin@demo.sluitend.nl', name: 'Anouk Beheer', organisation: 'gemeente', roles: ['admin'] },
  {
    email: 'coordinator@demo.sluitend.nl',
    name: 'Karim El Amrani',
    organisation: 'gemeente',
    roles: ['actietafel-coordinator'],
  },
  { email: 'chair@demo.sluitend.nl', name: 'Marieke van Dijk', organisation: 'gemeente', roles: ['actietafel-chair'] },
  {
    email: 'member@demo.sluitend.nl',
    name: 'Peter Hol',
    organisation: 'jeugdbescherming',
    roles: ['actietafel-member'],
  },
  {
    email: 'jongerenwerker@demo.sluitend.nl',
    name: 'Sanne de Vries',
    organisation: 'jongerenwerk',
    roles: ['professional'],
  },
  { email: 'jeugdhulp@demo.sluitend.nl', name: 'Youssef Bakker', organisation: 'jeugd-ggz', roles: ['professional'] },
  {
    email: 'school@demo.sluitend.nl',
    name: 'Linda Verhoef',
    organisation: 'praktijkonderwijs',
    roles: ['professional'],
  },
  { email: 'werk@demo.sluitend.nl', name: 'Thomas Janssen', organisation: 'werkzaak', roles: ['professional'] },
  {
    email: 'privacy@demo.sluitend.nl',
    name: 'Fatima Ouali',
    organisation: 'gemeente',
    roles: ['privacy-officer'],
  },
];
