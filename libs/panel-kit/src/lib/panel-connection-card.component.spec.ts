import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { ConnectionCardPanel } from './generated-panel-bases';
import { PanelConnectionCardComponent } from './panel-connection-card.component';
import type { ProviderCardSpec } from './panel-spec';

/** Shaped like a generated connection card (libs/panels/<id>/src/lib/connection-card.component.ts). */
const PROVIDER: ProviderCardSpec = {
  name: 'Acme Chat',
  description: 'Team chat.',
  scopes: [
    { scope: 'chat:read', description: 'Read messages' },
    { scope: 'chat:write', description: 'Post messages' },
  ],
};

@Component({
  selector: 'pb-test-connection-card',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelConnectionCardComponent],
  template: `<pb-panel-connection-card
    [provider]="provider"
    [connection]="connection()"
    [loading]="loading()"
    [error]="error()"
    (connect)="connect.emit()"
    (disconnect)="disconnect.emit()"
  />`,
})
class AcmeConnectionCardComponent extends ConnectionCardPanel {
  protected readonly provider = PROVIDER;
}

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('PanelConnectionCardComponent through a generated-style card', () => {
  it('offers to connect when there is no connection, and emits connect', async () => {
    const fixture = TestBed.createComponent(AcmeConnectionCardComponent);
    const connects: unknown[] = [];
    fixture.componentInstance.connect.subscribe(() => connects.push(1));
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(text(el.querySelector('.pb-title'))).toBe('Acme Chat');
    expect(text(el.querySelector('.pb-empty'))).toBe('Not connected.');
    const button = el.querySelector('button') as HTMLButtonElement;
    expect(text(button)).toBe('Connect');
    button.click();
    expect(connects).toHaveLength(1);
  });

  it('shows the account and granted scopes, described from the spec unless the connection says', async () => {
    const fixture = TestBed.createComponent(AcmeConnectionCardComponent);
    fixture.componentRef.setInput('connection', {
      status: 'active',
      account: { id: 'U1', label: null },
      grantedScopes: ['chat:write', { scope: 'chat:read', description: 'Read it all' }, 'admin'],
    });
    const disconnects: unknown[] = [];
    fixture.componentInstance.disconnect.subscribe(() => disconnects.push(1));
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(Array.from(el.querySelectorAll('.pb-field dd')).map(text)).toEqual(['active', 'U1', '—']);
    expect(Array.from(el.querySelectorAll('li')).map(text)).toEqual(['chat:write Post messages', 'chat:read Read it all', 'admin']);
    (el.querySelector('button') as HTMLButtonElement).click();
    expect(disconnects).toHaveLength(1);
  });

  it('shows loading and error instead of the connection', async () => {
    const fixture = TestBed.createComponent(AcmeConnectionCardComponent);
    fixture.componentRef.setInput('connection', { status: 'active' });
    fixture.componentRef.setInput('error', 'Could not disconnect');
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(text(el.querySelector('.pb-error[role=alert]'))).toBe('Could not disconnect');
    expect(el.querySelector('button')).toBeNull();
    fixture.componentRef.setInput('loading', true);
    await fixture.whenStable();
    expect(el.querySelector('.pb-loading')).not.toBeNull();
  });
});
