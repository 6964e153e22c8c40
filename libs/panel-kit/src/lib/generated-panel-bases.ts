import { Directive, input, output } from '@angular/core';
import type { PanelConnection, PanelViewSpec, ProviderCardSpec } from './panel-spec';

/**
 * What every generated panel component has in common, so a generated component is only its selector, its spec data
 * and a one-line template handing both to the kit. The inputs and outputs here are the contract the dashboard (and
 * libs/panels/registry) relies on; the host is a block, as the rendered content is.
 */

/** Base of a generated data view: inputs `data`, `loading`, `error`; the subclass supplies its `view` spec. */
@Directive({ host: { style: 'display: block' } })
export abstract class DataPanel {
  /** The operation's response body. */
  readonly data = input<unknown>(undefined);
  /** Whether a request is in flight. */
  readonly loading = input(false);
  /** Message of the last failed request, if any. */
  readonly error = input<string | null>(null);
  /** What to show of the response, generated from the operation's response schema. */
  protected abstract readonly view: PanelViewSpec;
}

/** Base of a generated connection card: inputs `connection`, `loading`, `error`; outputs `connect`, `disconnect`. */
@Directive({ host: { style: 'display: block' } })
export abstract class ConnectionCardPanel {
  /** The app's connection to the provider, or `null` when there is none. */
  readonly connection = input<PanelConnection | null>(null);
  /** Whether the connection is being loaded or changed. */
  readonly loading = input(false);
  /** Message of the last failed action, if any. */
  readonly error = input<string | null>(null);
  /** Emitted when the user asks to connect. */
  readonly connect = output<void>();
  /** Emitted when the user asks to disconnect. */
  readonly disconnect = output<void>();
  /** The provider's name, description and scopes, from its spec. */
  protected abstract readonly provider: ProviderCardSpec;
}
