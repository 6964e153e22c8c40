import { ComponentFixture, TestBed } from '@angular/core/testing';
import { InviteLinkComponent } from './invite-link.component';
import { CreatedInvitation } from './people.models';

const CREATED: CreatedInvitation = {
  id: 'i1',
  kind: 'invite',
  email: 'new@example.test',
  appId: null,
  appName: null,
  appRole: null,
  instanceRole: 'user',
  createdAt: '2026-12-03T10:00:00Z',
  expiresAt: '2026-12-10T10:00:00Z',
  token: 'pbi_abc',
  url: 'http://x/invite/pbi_abc',
};

function render(created: CreatedInvitation): ComponentFixture<InviteLinkComponent> {
  TestBed.configureTestingModule({ imports: [InviteLinkComponent] });
  const fixture = TestBed.createComponent(InviteLinkComponent);
  fixture.componentRef.setInput('created', created);
  fixture.detectChanges();
  return fixture;
}

const delivery = (f: ComponentFixture<InviteLinkComponent>) =>
  (f.nativeElement as HTMLElement).querySelector('[data-testid="invite-link-delivery"]')?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('InviteLinkComponent', () => {
  it('says the link was emailed when the instance mailed it, and still offers it to copy', () => {
    const f = render({ ...CREATED, emailed: true });
    expect(delivery(f)).toContain('Emailed to new@example.test.');
    expect((f.nativeElement as HTMLElement).querySelector<HTMLInputElement>('[data-testid="invite-link"]')?.value).toContain('/invite/pbi_abc');
  });

  it('asks to hand the link over when nothing was emailed', () => {
    const f = render({ ...CREATED, emailed: false });
    expect(delivery(f)).toContain('Copy this link and send it to new@example.test yourself');
    expect(delivery(f)).not.toContain('Emailed');
  });
});
