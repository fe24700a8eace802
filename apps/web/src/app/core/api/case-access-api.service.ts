import { HttpClient, HttpParams, HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_BASE_PATH,
  AuditEventPage,
  CaseAccessResponse,
  CaseResponse,
  ErasureRecordResponse,
  ErasureRequest,
  RestrictionRequest,
  SubjectAccessReport,
} from '@sluitend/domain';
import { Observable, map } from 'rxjs';

export type ReportFormat = 'json' | 'pdf';

/** A file the API sent as an attachment. */
export interface DownloadedFile {
  blob: Blob;
  filename: string;
}

/**
 * The file name from a Content-Disposition header (`attachment; filename="inzage-1.pdf"`),
 * or the fallback when the header is missing or unreadable. Never a path: only the last part.
 */
export function attachmentFilename(contentDisposition: string | null, fallback: string): string {
  const match = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(contentDisposition ?? '');
  const name = match?.[1] ? safeDecode(match[1]).split(/[/\\]/).pop()?.trim() : undefined;
  return name || fallback;
}

function safeDecode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/** What the user may do with one case and why, and the casusregisseur's privacy duties (AVG). */
@Injectable({ providedIn: 'root' })
export class CaseAccessApiService {
  private readonly http = inject(HttpClient);

  /** Answers 404 for anyone who is neither on the team nor holds emergency access. */
  get(caseId: string): Observable<CaseAccessResponse> {
    return this.http.get<CaseAccessResponse>(`${caseUrl(caseId)}/access`);
  }

  /** Casusregisseur only (else 403 casusregisseur-only). */
  accessLog(caseId: string, page: number, pageSize: number): Observable<AuditEventPage> {
    const params = new HttpParams().set('page', page).set('pageSize', pageSize);
    return this.http.get<AuditEventPage>(`${caseUrl(caseId)}/access-log`, { params });
  }

  /** AVG art. 15: everything held about the jongere, as data. Casusregisseur only. */
  subjectAccessReport(caseId: string): Observable<SubjectAccessReport> {
    return this.http.get<SubjectAccessReport>(`${caseUrl(caseId)}/subject-access-report`);
  }

  /** The same report as a file to hand over: JSON as the API sent it, or the PDF. */
  downloadSubjectAccessReport(caseId: string, format: ReportFormat): Observable<DownloadedFile> {
    const path = format === 'pdf' ? 'subject-access-report/pdf' : 'subject-access-report';
    return this.http.get(`${caseUrl(caseId)}/${path}`, { observe: 'response', responseType: 'blob' }).pipe(
      map((response: HttpResponse<Blob>) => ({
        blob: response.body ?? new Blob([]),
        filename: attachmentFilename(response.headers.get('Content-Disposition'), `inzage-${caseId}.${format}`),
      })),
    );
  }

  /** AVG art. 18: the dossier is kept and read, not changed, until the restriction is lifted. */
  restrict(caseId: string, request: RestrictionRequest): Observable<CaseResponse> {
    return this.http.put<CaseResponse>(`${caseUrl(caseId)}/restriction`, request);
  }

  liftRestriction(caseId: string): Observable<void> {
    return this.http.delete<unknown>(`${caseUrl(caseId)}/restriction`).pipe(map(() => undefined));
  }

  /** AVG art. 17: answers 409 erasure-refused while a legal ground is active. Afterwards the case is gone. */
  erase(caseId: string, request: ErasureRequest): Observable<ErasureRecordResponse> {
    return this.http.post<ErasureRecordResponse>(`${caseUrl(caseId)}/erasure`, request);
  }
}

function caseUrl(caseId: string): string {
  return `${API_BASE_PATH}/cases/${encodeURIComponent(caseId)}`;
}
