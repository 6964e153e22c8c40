import { ChangeDetectionStrategy, Component } from '@angular/core';
import { RouterLink, RouterLinkActive, RouterOutlet } from '@angular/router';
import { MatTabsModule } from '@angular/material/tabs';

/** Code area of an app: Functions (and whatever code lives next to them later). */
@Component({
  selector: 'app-code-page',
  imports: [RouterOutlet, RouterLink, RouterLinkActive, MatTabsModule],
  template: `
    <h2 class="visually-hidden">Code</h2>
    <nav mat-tab-nav-bar [tabPanel]="panel" mat-stretch-tabs="false" aria-label="Code">
      <a mat-tab-link routerLink="functions" routerLinkActive #fn="routerLinkActive" [active]="fn.isActive">Functions</a>
    </nav>
    <mat-tab-nav-panel #panel>
      <div class="content"><router-outlet /></div>
    </mat-tab-nav-panel>
  `,
  styles: `
    .content {
      padding-top: 16px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CodePage {}
