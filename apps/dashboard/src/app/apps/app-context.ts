import { computed, Injectable, signal } from '@angular/core';
import { App } from '../core/api.models';

/**
 * The app shown by AppDetailPage, shared with its tab pages. Provided by the detail page, so each opened
 * app gets a fresh instance and tabs never see another app's data.
 */
@Injectable()
export class AppContext {
  private readonly state = signal<App | null>(null);

  readonly app = this.state.asReadonly();
  /** Whether the caller may change the app and its members (the API allows owners only). */
  readonly canManage = computed(() => this.state()?.role === 'owner');

  set(app: App | null): void {
    this.state.set(app);
  }
}
