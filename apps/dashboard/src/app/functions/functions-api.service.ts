import { HttpClient } from '@angular/common/http';
import { inject, Injectable } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import { FunctionDetail, FunctionRun, FunctionSummary, FunctionVersion, RunFilters } from './functions.models';
import { listOf, runsQuery } from './functions-helpers';

const enc = encodeURIComponent;

/** An app's backend functions: code, versions and runs. */
@Injectable({ providedIn: 'root' })
export class FunctionsApi {
  private readonly http = inject(HttpClient);

  private base(appId: string, id?: string): string {
    return `/api/apps/${enc(appId)}/functions${id ? `/${enc(id)}` : ''}`;
  }

  async list(appId: string): Promise<FunctionSummary[]> {
    return listOf<FunctionSummary>(await firstValueFrom(this.http.get<unknown>(this.base(appId))), 'functions');
  }

  get(appId: string, id: string): Promise<FunctionDetail> {
    return firstValueFrom(this.http.get<FunctionDetail>(this.base(appId, id)));
  }

  save(appId: string, id: string, code: string): Promise<FunctionDetail> {
    return firstValueFrom(this.http.put<FunctionDetail>(this.base(appId, id), { code }));
  }

  /** Pause (`false`: events and schedule ticks no longer start it) or resume (`true`). */
  setEnabled(appId: string, id: string, enabled: boolean): Promise<FunctionDetail> {
    return firstValueFrom(this.http.put<FunctionDetail>(this.base(appId, id), { enabled }));
  }

  remove(appId: string, id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(this.base(appId, id)));
  }

  async versions(appId: string, id: string): Promise<FunctionVersion[]> {
    return listOf<FunctionVersion>(await firstValueFrom(this.http.get<unknown>(`${this.base(appId, id)}/versions`)), 'versions');
  }

  restore(appId: string, id: string, version: number): Promise<FunctionDetail> {
    return firstValueFrom(this.http.post<FunctionDetail>(`${this.base(appId, id)}/versions/${version}/restore`, {}));
  }

  invoke(appId: string, id: string, input: unknown): Promise<FunctionRun> {
    return firstValueFrom(this.http.post<FunctionRun>(`${this.base(appId, id)}/invoke`, { input }));
  }

  /** The most recent runs, newest first; the filters are sent as `?status=&trigger=` (left out when empty). */
  async runs(appId: string, id: string, filters?: RunFilters): Promise<FunctionRun[]> {
    const params = filters ? runsQuery(filters) : {};
    return listOf<FunctionRun>(await firstValueFrom(this.http.get<unknown>(`${this.base(appId, id)}/runs`, { params })), 'runs');
  }

  run(appId: string, id: string, runId: string): Promise<FunctionRun> {
    return firstValueFrom(this.http.get<FunctionRun>(`${this.base(appId, id)}/runs/${enc(runId)}`));
  }
}
