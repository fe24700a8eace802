import { Signal, inject, signal } from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MunicipalityResponse } from '@sluitend/domain';
import { MunicipalitiesApiService } from '../../core/api/municipalities-api.service';
import { byName } from '../../shared/by-name';

/**
 * The region's municipalities by name, for the filter bar. A failure leaves the list empty: the page still
 * shows the whole region's figures, only the choice of municipalities is missing.
 */
export function sortedMunicipalities(): Signal<MunicipalityResponse[]> {
  const municipalities = signal<MunicipalityResponse[]>([]);
  inject(MunicipalitiesApiService)
    .list()
    .pipe(takeUntilDestroyed())
    .subscribe({ next: (list) => municipalities.set([...list].sort(byName)), error: () => undefined });
  return municipalities.asReadonly();
}
