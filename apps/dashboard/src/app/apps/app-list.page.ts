import { DatePipe } from '@angular/common';
import { ChangeDetectionStrategy, Component, inject, OnInit, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatCardModule } from '@angular/material/card';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { App } from '../core/api.models';
import { describeApiError } from '../core/api-error';
import { AppsApi } from '../core/apps-api.service';
import { CreateAppDialog } from './create-app.dialog';

@Component({
  selector: 'app-app-list-page',
  imports: [RouterLink, DatePipe, MatButtonModule, MatCardModule, MatProgressBarModule],
  templateUrl: './app-list.page.html',
  styleUrl: './app-list.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AppListPage implements OnInit {
  private readonly api = inject(AppsApi);
  private readonly dialog = inject(MatDialog);
  private readonly router = inject(Router);

  protected readonly apps = signal<App[]>([]);
  protected readonly loading = signal(true);
  protected readonly error = signal<string | null>(null);

  ngOnInit(): void {
    void this.load();
  }

  protected async load(): Promise<void> {
    this.loading.set(true);
    this.error.set(null);
    try {
      this.apps.set(await this.api.list());
    } catch (err) {
      this.error.set(describeApiError(err));
    } finally {
      this.loading.set(false);
    }
  }

  protected openCreate(): void {
    const ref = this.dialog.open<CreateAppDialog, void, App>(CreateAppDialog, {
      width: '480px',
      maxWidth: 'calc(100vw - 32px)',
    });
    ref.afterClosed().subscribe((created) => {
      if (created) void this.router.navigate(['/apps', created.id]);
    });
  }
}
