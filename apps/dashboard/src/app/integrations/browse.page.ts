import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { AppContext } from '../apps/app-context';
import { ExamplePrompt } from '../core/integrations.models';
import { IntegrationsStore } from './integrations-store';
import { ProviderAvatarComponent } from './provider-avatar.component';

/** Browse tab: every tool in the catalog, searchable, each with example prompts to start from. */
@Component({
  selector: 'app-browse-page',
  imports: [RouterLink, MatButtonModule, MatFormFieldModule, MatInputModule, ProviderAvatarComponent],
  templateUrl: './browse.page.html',
  styleUrl: './browse.page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BrowsePage {
  protected readonly store = inject(IntegrationsStore);
  private readonly router = inject(Router);
  private readonly context = inject(AppContext);

  protected readonly query = signal('');

  protected readonly visible = computed(() => {
    const words = this.query().toLowerCase().split(/\s+/).filter(Boolean);
    const all = [...this.store.providers()].sort((a, b) => a.name.localeCompare(b.name));
    if (!words.length) return all;
    return all.filter((p) => {
      const text = [p.name, p.category, p.description, ...p.examplePrompts.map((e) => e.prompt)].join(' ').toLowerCase();
      return words.every((w) => text.includes(w));
    });
  });

  protected onSearch(event: Event): void {
    this.query.set((event.target as HTMLInputElement).value);
  }

  /**
   * "Use" (or clicking the prompt) carries the prompt to where requests are made: the app's chat box, where it
   * stays editable before it is sent.
   */
  protected use(prompt: ExamplePrompt): void {
    const app = this.context.app();
    if (!app) return;
    void this.router.navigate(['/apps', app.id, 'chat'], { queryParams: { prompt: prompt.prompt } });
  }
}
