import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { firstValueFrom } from 'rxjs';
import { CaseAccessApiService, DownloadedFile, attachmentFilename } from './case-access-api.service';

describe('CaseAccessApiService', () => {
  let http: HttpTestingController;
  let service: CaseAccessApiService;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
    service = TestBed.inject(CaseAccessApiService);
  });

  afterEach(() => http.verify());

  it('reads what the user may do with a case, escaping its id', () => {
    service.get('c/1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/cases/c%2F1/access' }).flush({});
  });

  it('asks for one page of the access log', () => {
    service.accessLog('c-1', 2, 25).subscribe();
    const request = http.expectOne((r) => r.url === '/api/v1/cases/c-1/access-log');
    expect(request.request.urlWithParams).toBe('/api/v1/cases/c-1/access-log?page=2&pageSize=25');
    request.flush({ items: [], total: 0, page: 2, pageSize: 25 });
  });

  it('reads the subject access report as data', () => {
    service.subjectAccessReport('c-1').subscribe();
    http.expectOne({ method: 'GET', url: '/api/v1/cases/c-1/subject-access-report' }).flush({});
  });

  it('downloads the report as a PDF file named by the API', async () => {
    const download = firstValueFrom(service.downloadSubjectAccessReport('c-1', 'pdf'));
    const request = http.expectOne({ method: 'GET', url: '/api/v1/cases/c-1/subject-access-report/pdf' });
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['%PDF'], { type: 'application/pdf' }), {
      headers: { 'Content-Disposition': 'attachment; filename="inzage-c-1.pdf"' },
    });
    const file: DownloadedFile = await download;
    expect(file.filename).toBe('inzage-c-1.pdf');
    expect(file.blob.type).toBe('application/pdf');
  });

  it('downloads the report as a JSON file, named after the case when the API names none', async () => {
    const download = firstValueFrom(service.downloadSubjectAccessReport('c-1', 'json'));
    const request = http.expectOne({ method: 'GET', url: '/api/v1/cases/c-1/subject-access-report' });
    expect(request.request.responseType).toBe('blob');
    request.flush(new Blob(['{}'], { type: 'application/json' }));
    expect((await download).filename).toBe('inzage-c-1.json');
  });

  it('restricts processing with a reason, lifts it, and erases a case', () => {
    service.restrict('c-1', { reason: 'Jongere betwist de gegevens' }).subscribe();
    const put = http.expectOne({ method: 'PUT', url: '/api/v1/cases/c-1/restriction' });
    expect(put.request.body).toEqual({ reason: 'Jongere betwist de gegevens' });
    put.flush({});

    let lifted = false;
    service.liftRestriction('c-1').subscribe(() => (lifted = true));
    http
      .expectOne({ method: 'DELETE', url: '/api/v1/cases/c-1/restriction' })
      .flush(null, { status: 204, statusText: 'No Content' });
    expect(lifted).toBe(true);

    service.erase('c-1', { reason: 'Verzoek van de jongere' }).subscribe();
    const erase = http.expectOne({ method: 'POST', url: '/api/v1/cases/c-1/erasure' });
    expect(erase.request.body).toEqual({ reason: 'Verzoek van de jongere' });
    erase.flush({}, { status: 201, statusText: 'Created' });
  });
});

describe('attachmentFilename', () => {
  it('reads quoted, unquoted and encoded file names, and never a path', () => {
    expect(attachmentFilename('attachment; filename="inzage-1.json"', 'x')).toBe('inzage-1.json');
    expect(attachmentFilename('attachment; filename=inzage-1.pdf', 'x')).toBe('inzage-1.pdf');
    expect(attachmentFilename("attachment; filename*=UTF-8''inzage%20noah.pdf", 'x')).toBe('inzage noah.pdf');
    expect(attachmentFilename('attachment; filename="../../etc/passwd"', 'x')).toBe('passwd');
    expect(attachmentFilename(null, 'inzage-1.pdf')).toBe('inzage-1.pdf');
  });
});
