import type { BrowserContext } from 'playwright-core';
import {
  XSRF_COOKIE,
  XSRF_HEADER,
  type ColleagueResponse,
  type CaseResponse,
  type ConsentResponse,
  type CreateConsentRequest,
  type MunicipalityResponse,
  type TeamMemberResponse,
} from '@sluitend/domain';
import { baseUrl, E2E_PASSWORD } from './environment';
import { today, type Jongere } from './jongeren';

/**
 * Calls the API with the cookies of a browser context, as the web app does: the session cookie
 * and the XSRF token echoed in its header. For what a test needs in place, not for what it tests.
 */
export class ApiSession {
  constructor(readonly context: BrowserContext) {}

  get<T>(path: string): Promise<T> {
    return this.call<T>('GET', path);
  }

  post<T>(path: string, body: unknown): Promise<T> {
    return this.call<T>('POST', path, body);
  }

  async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = method === 'GET' ? {} : { [XSRF_HEADER]: await this.xsrfToken() };
    const response = await this.context.request.fetch(`${baseUrl()}/api/v1${path}`, { method, headers, data: body });
    if (!response.ok()) {
      throw new Error(`${method} /api/v1${path} answered ${response.status()}: ${await response.text()}`);
    }
    return (response.status() === 204 ? undefined : await response.json()) as T;
  }

  private async xsrfToken(): Promise<string> {
    const find = async () => (await this.context.cookies(baseUrl())).find((c) => c.name === XSRF_COOKIE)?.value;
    const existing = await find();
    if (existing) return existing;
    // Any GET hands out the token (the CSRF middleware), even without a session.
    await this.context.request.get(`${baseUrl()}/api/v1/health`);
    const token = await find();
    if (!token) throw new Error('the API handed out no XSRF-TOKEN cookie');
    return token;
  }
}

/** Signs in without the login page, which sign-in.e2e-spec.ts covers; the browser context gets the session. */
export async function signInThroughApi(context: BrowserContext, email: string): Promise<ApiSession> {
  const api = new ApiSession(context);
  await api.post('/auth/login', { email, password: E2E_PASSWORD });
  return api;
}

/** Opens a case for the jongere with the signed-in professional as casusregisseur. */
export async function openCase(
  api: ApiSession,
  jongere: Jongere,
  options: { consent: boolean; municipality?: string } = { consent: true },
): Promise<CaseResponse> {
  const municipalities = await api.get<MunicipalityResponse[]>('/municipalities');
  const municipality = municipalities.find((m) => m.name === (options.municipality ?? 'Tiel'));
  if (!municipality) throw new Error(`no municipality ${options.municipality ?? 'Tiel'}`);
  return api.post<CaseResponse>('/cases', {
    firstName: jongere.firstName,
    lastName: jongere.lastName,
    dateOfBirth: jongere.dateOfBirth,
    bsn: jongere.bsn,
    municipalityId: municipality.id,
    ...(options.consent ? { consent: { givenBy: ['jongere'], givenOn: today() } } : {}),
  });
}

export async function addTeamMember(
  api: ApiSession,
  caseId: string,
  colleagueName: string,
  part: string,
): Promise<TeamMemberResponse> {
  const found = await api.get<ColleagueResponse[]>(`/colleagues?search=${encodeURIComponent(colleagueName)}`);
  const colleague = found.find((c) => c.name === colleagueName);
  if (!colleague) throw new Error(`no colleague named ${colleagueName}`);
  return api.post<TeamMemberResponse>(`/cases/${caseId}/team-members`, { userId: colleague.userId, part });
}

/** The jongere's consent (of 17: theirs alone) for a whole sector to work on the case. */
export function registerSectorConsent(
  api: ApiSession,
  caseId: string,
  sector: NonNullable<CreateConsentRequest['sector']>,
): Promise<ConsentResponse> {
  const request: CreateConsentRequest = {
    scope: 'sector',
    sector,
    purpose: 'case-collaboration',
    basis: 'consent',
    givenBy: ['jongere'],
    givenOn: today(),
  };
  return api.post<ConsentResponse>(`/cases/${caseId}/consents`, request);
}

/** The jongere's consent (of 17: theirs alone) to be discussed at the Actietafel. */
export function registerActietafelConsent(api: ApiSession, caseId: string): Promise<ConsentResponse> {
  const request: CreateConsentRequest = {
    scope: 'sector',
    sector: 'welzijn',
    purpose: 'actietafel',
    basis: 'consent',
    givenBy: ['jongere'],
    givenOn: today(),
  };
  return api.post<ConsentResponse>(`/cases/${caseId}/consents`, request);
}
