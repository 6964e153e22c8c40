/**
 * GENERATED FILE — DO NOT EDIT.
 * Produced by @patchbay/generators from specs/; regenerate with `npm run generate`.
 */
import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { isEmptyData, json, listAt, PANEL_STYLES, show, valueAt, type CardSpec } from './panel-support';

const S0: CardSpec = {
  kind: 'card',
  title: 'Account details',
  path: [],
  fields: [
    { key: 'portalId', label: 'Portal id', path: ['portalId'] },
    { key: 'accountType', label: 'Account type', path: ['accountType'] },
    { key: 'timeZone', label: 'Time zone', path: ['timeZone'] },
    { key: 'companyCurrency', label: 'Company currency', path: ['companyCurrency'] },
    { key: 'additionalCurrencies', label: 'Additional currencies', path: ['additionalCurrencies'] },
    { key: 'utcOffset', label: 'Utc offset', path: ['utcOffset'] },
    { key: 'utcOffsetMilliseconds', label: 'Utc offset milliseconds', path: ['utcOffsetMilliseconds'] },
    { key: 'uiDomain', label: 'Ui domain', path: ['uiDomain'] },
    { key: 'dataHostingLocation', label: 'Data hosting location', path: ['dataHostingLocation'] },
  ],
};

/**
 * Account details — data view of `accountInfo.getDetails`, rendered from its response schema.
 * Inputs: the response (`data`), whether it is loading, and an error message.
 */
@Component({
  selector: 'pb-hubspot-account-info-get-details-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  styles: PANEL_STYLES,
  template: `
    @if (loading()) {
      <p class="pb-state pb-loading" role="status">Loading…</p>
    } @else if (error()) {
      <p class="pb-state pb-error" role="alert">{{ error() }}</p>
    } @else if (empty()) {
      <p class="pb-state pb-empty">No data yet.</p>
    } @else {
      <section class="pb-section">
        <h3 class="pb-title">{{ s0.title }}</h3>
        @let o0 = valueAt(data(), s0.path);
        <dl class="pb-fields">
          @for (field of s0.fields; track field.key) {
            <div class="pb-field">
              <dt>{{ field.label }}</dt>
              <dd>{{ show(o0, field.path) }}</dd>
            </div>
          }
        </dl>
      </section>
    }
  `,
})
export class HubspotAccountInfoGetDetailsPanelComponent {
  /** The operation's response body. */
  readonly data = input<unknown>(undefined);
  /** Whether a request is in flight. */
  readonly loading = input(false);
  /** Message of the last failed request, if any. */
  readonly error = input<string | null>(null);

  protected readonly empty = computed(() => isEmptyData(this.data()));
  protected readonly s0 = S0;
  protected readonly show = show;
  protected readonly listAt = listAt;
  protected readonly valueAt = valueAt;
  protected readonly json = json;
}
