import type { LifeDomainDefinition } from './toekomstplan.contract';

/**
 * The seven leefgebieden of DOMAIN.md, which a new region starts with. The keys are stored in
 * every plan version, so they must never change; the labels may be reworded freely.
 */
export const DEFAULT_LIFE_DOMAINS: LifeDomainDefinition[] = [
  { key: 'wonen', label: 'Wonen' },
  { key: 'onderwijs-en-werk', label: 'Onderwijs en werk (incl. dagbesteding)' },
  { key: 'inkomen-en-schulden', label: 'Inkomen en schulden' },
  { key: 'gezondheid', label: 'Gezondheid (incl. psychisch en verslaving)' },
  { key: 'netwerk-en-relaties', label: 'Netwerk en relaties' },
  { key: 'vrije-tijd', label: 'Vrije tijd' },
  { key: 'veiligheid-en-justitie', label: 'Veiligheid en justitie' },
];
