import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { MatButtonModule } from '@angular/material/button';
import { Connection } from '../core/integrations.models';

/** "View access": what the app may do with the connected account, in plain words. */
@Component({
  selector: 'app-view-access-dialog',
  imports: [MatDialogModule, MatButtonModule],
  template: `
    <h2 mat-dialog-title>{{ data.providerName }} access</h2>
    <mat-dialog-content>
      <p>
        This app uses <strong>{{ data.account.label }}</strong> and may only do what these permissions allow:
      </p>
      @if (data.grantedScopes.length) {
        <ul class="granted" data-testid="granted-permissions">
          @for (perm of data.grantedScopes; track perm.scope) {
            <li>
              <span>{{ perm.description }}</span>
              <code>{{ perm.scope }}</code>
            </li>
          }
        </ul>
      } @else {
        <p>No permissions beyond signing in.</p>
      }
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close cdkFocusInitial>Close</button>
    </mat-dialog-actions>
  `,
  styles: `
    .granted {
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .granted li {
      display: flex;
      flex-direction: column;
      padding: 8px 0;
      border-top: 1px solid var(--mat-sys-outline-variant);
    }
    code {
      color: var(--mat-sys-on-surface-variant);
      font-size: 0.8rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ViewAccessDialog {
  protected readonly data = inject<Connection>(MAT_DIALOG_DATA);
}
