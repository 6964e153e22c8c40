import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { ExamplePrompt, Provider } from '../core/integrations.models';
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
  private readonly route = inject(ActivatedRoute);

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

  /** "Use" carries the prompt to where the request is made: until the chat exists, the tool's connect view. */
  protected use(provider: Provider, prompt: ExamplePrompt): void {
    void this.router.navigate(['..', 'connect', provider.id], {
      relativeTo: this.route,
      queryParams: { operations: prompt.operations.join(','), prompt: prompt.prompt },
    });
  }
}
