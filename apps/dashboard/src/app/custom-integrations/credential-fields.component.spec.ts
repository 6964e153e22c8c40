import { Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { FormBuilder } from '@angular/forms';
import { CredentialFieldsComponent } from './credential-fields.component';
import { credentialForm } from './custom-integrations-helpers';

@Component({
  imports: [CredentialFieldsComponent],
  template: `<app-credential-fields [group]="group" />`,
})
class HostComponent {
  readonly group = credentialForm(new FormBuilder(), { type: 'api_key', in: 'header', name: 'X-Key', secretSet: true });
}

function labels(el: HTMLElement): string[] {
  return Array.from(el.querySelectorAll('mat-label')).map((l) => l.textContent?.trim() ?? '');
}

describe('CredentialFieldsComponent', () => {
  it('shows the fields of the chosen type, following changes made in code too; secrets are empty password inputs', async () => {
    const fixture = TestBed.createComponent(HostComponent);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(labels(el)).toEqual(['Authentication', 'Header name', 'API key']);
    const key = el.querySelector<HTMLInputElement>('input[formcontrolname="value"]');
    expect(key?.type).toBe('password');
    expect(key?.value).toBe('');
    expect(key?.autocomplete).toBe('new-password');

    fixture.componentInstance.group.controls.in.setValue('query');
    await fixture.whenStable();
    expect(labels(el)).toEqual(['Authentication', 'Query parameter name', 'API key']);

    fixture.componentInstance.group.controls.type.setValue('bearer');
    await fixture.whenStable();
    expect(labels(el)).toEqual(['Authentication', 'Bearer token']);
    expect(el.querySelector<HTMLInputElement>('input[formcontrolname="token"]')?.type).toBe('password');

    fixture.componentInstance.group.controls.type.setValue('basic');
    await fixture.whenStable();
    expect(labels(el)).toEqual(['Authentication', 'User name', 'Password']);
  });
});
