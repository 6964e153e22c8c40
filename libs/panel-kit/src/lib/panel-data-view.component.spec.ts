import { NgComponentOutlet } from '@angular/common';
import { ChangeDetectionStrategy, Component, signal, type Type } from '@angular/core';
import { TestBed, type ComponentFixture } from '@angular/core/testing';
import { DataPanel } from './generated-panel-bases';
import { PanelDataViewComponent } from './panel-data-view.component';
import type { PanelViewSpec } from './panel-spec';

/** Shaped like a generated data view (libs/panels/<id>/src/lib/*-panel.component.ts). */
const VIEW: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Results',
      path: ['results'],
      columns: [
        { key: 'id', label: 'Id', path: ['id'] },
        { key: 'meta.owner', label: 'Meta owner', path: ['meta', 'owner'] },
      ],
      nested: [
        {
          kind: 'table',
          title: 'Stages',
          path: ['stages'],
          columns: [{ key: 'label', label: '{{ label }} <b>', path: ['label'] }],
          nested: [],
        },
      ],
    },
    { kind: 'card', title: 'Paging', path: ['paging'], fields: [{ key: 'next', label: 'Next', path: ['next'] }] },
  ],
};

@Component({
  selector: 'pb-test-pipelines-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
class PipelinesPanelComponent extends DataPanel {
  protected readonly view = VIEW;
}

@Component({
  selector: 'pb-test-raw-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" [loading]="loading()" [error]="error()" />`,
})
class RawPanelComponent extends DataPanel {
  protected readonly view: PanelViewSpec = { raw: true, sections: [] };
}

async function render<T>(type: Type<T>, inputs: Record<string, unknown>): Promise<ComponentFixture<T>> {
  const fixture = TestBed.createComponent(type);
  for (const [name, value] of Object.entries(inputs)) fixture.componentRef.setInput(name, value);
  await fixture.whenStable();
  return fixture;
}

const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();
const cells = (row: Element) => Array.from(row.querySelectorAll(':scope > td')).map(text);

describe('PanelDataViewComponent through a generated-style panel', () => {
  it('shows loading, then the error, then the empty state before any section', async () => {
    const fixture = await render(PipelinesPanelComponent, { loading: true, error: 'boom', data: { results: [] } });
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('.pb-loading[role=status]')).not.toBeNull();
    expect(el.querySelector('.pb-section')).toBeNull();

    fixture.componentRef.setInput('loading', false);
    await fixture.whenStable();
    expect(text(el.querySelector('.pb-error[role=alert]'))).toBe('boom');

    fixture.componentRef.setInput('error', null);
    fixture.componentRef.setInput('data', {});
    await fixture.whenStable();
    expect(text(el.querySelector('.pb-empty'))).toBe('No data yet.');
    expect(el.style.display).toBe('block');
  });

  it('renders tables with rows, nested tables under each row and cards', async () => {
    const data = {
      results: [
        { id: 'p1', meta: { owner: 'ann' }, stages: [{ label: 'Won' }, { label: 'Lost' }] },
        { id: 'p2', stages: [] },
      ],
      paging: { next: 'abc' },
    };
    const el: HTMLElement = (await render(PipelinesPanelComponent, { data })).nativeElement;
    const sections = Array.from(el.querySelectorAll('.pb-section'));
    expect(sections.map((s) => text(s.querySelector('.pb-title')))).toEqual(['Results', 'Paging']);

    const outer = sections[0].querySelector('table.pb-table') as HTMLTableElement;
    expect(Array.from(outer.querySelectorAll(':scope > thead th')).map(text)).toEqual(['Id', 'Meta owner']);
    const rows = Array.from(outer.tBodies[0].querySelectorAll(':scope > tr'));
    expect(rows.map((r) => r.classList.contains('pb-nested'))).toEqual([false, true, false, true]);
    expect(cells(rows[0])).toEqual(['p1', 'ann']);
    expect(cells(rows[2])).toEqual(['p2', '—']);
    expect(rows[1].querySelector('td')?.getAttribute('colspan')).toBe('2');
    expect(text(rows[1].querySelector('.pb-subtitle'))).toBe('Stages');
    // Vendor labels are text, never template or markup.
    expect(text(rows[1].querySelector('th'))).toBe('{{ label }} <b>');
    expect(rows[1].querySelector('th b')).toBeNull();
    expect(Array.from(rows[1].querySelectorAll(':scope pb-panel-table tbody td')).map(text)).toEqual(['Won', 'Lost']);
    expect(text(rows[3].querySelector('.pb-empty'))).toBe('Nothing to show.');

    const field = sections[1].querySelector('.pb-field');
    expect([text(field?.querySelector('dt') ?? null), text(field?.querySelector('dd') ?? null)]).toEqual(['Next', 'abc']);
  });

  it('says so when the listed array is missing', async () => {
    const el: HTMLElement = (await render(PipelinesPanelComponent, { data: { paging: {} } })).nativeElement;
    expect(el.querySelector('table')).toBeNull();
    expect(text(el.querySelector('.pb-section .pb-empty'))).toBe('Nothing to show.');
    expect(text(el.querySelector('.pb-field dd'))).toBe('—');
  });

  it('shows the JSON of a view without structure', async () => {
    const el: HTMLElement = (await render(RawPanelComponent, { data: { a: [1] } })).nativeElement;
    expect(el.querySelector('pre.pb-raw')?.textContent).toBe('{\n  "a": [\n    1\n  ]\n}');
    expect(el.querySelector('.pb-section')).toBeNull();
  });
});

/** How the dashboard shows a panel (connection-detail.page.html): by type, with the inputs as a record. */
@Component({
  selector: 'pb-test-outlet-host',
  imports: [NgComponentOutlet],
  template: `<ng-container *ngComponentOutlet="component; inputs: inputs()" />`,
})
class OutletHostComponent {
  readonly component: Type<unknown> = PipelinesPanelComponent;
  readonly inputs = signal<Record<string, unknown>>({ data: undefined, loading: true, error: null });
}

/** Shaped like a panel generated with a hint: title linking to the item, start/end as dates, `*` paths. */
const EVENTS: PanelViewSpec = {
  raw: false,
  sections: [
    {
      kind: 'table',
      title: 'Events',
      path: ['items'],
      columns: [
        { key: 'summary', label: 'Title', path: ['summary'], link: ['htmlLink'] },
        { key: 'start', label: 'Start', path: ['start', 'dateTime'], or: [['start', 'date']], format: 'datetime' },
        { key: 'name', label: 'Name', path: ['properties', '*', 'title', '*', 'plain_text'] },
        { key: 'url', label: 'Address', path: ['url'], format: 'url' },
      ],
      nested: [],
    },
  ],
};

@Component({
  selector: 'pb-test-events-panel',
  changeDetection: ChangeDetectionStrategy.OnPush,
  imports: [PanelDataViewComponent],
  template: `<pb-panel-data-view [view]="view" [data]="data()" timeZone="UTC" />`,
})
class EventsPanelComponent extends DataPanel {
  protected readonly view = EVENTS;
}

describe('a table with formats, links and paging', () => {
  const event = (i: number) => ({
    summary: `Event ${i}`,
    htmlLink: `https://calendar.example.com/e${i}`,
    start: i % 2 ? { dateTime: '2026-12-03T09:30:00Z' } : { date: '2026-12-04' },
    properties: { Name: { title: [{ plain_text: 'Hello ' }, { plain_text: `world ${i}` }] } },
    url: i === 0 ? 'javascript:alert(1)' : 'https://example.com/x',
  });

  it('formats dates, links titles to their item, joins text pieces and never links a non-http address', async () => {
    const el: HTMLElement = (await render(EventsPanelComponent, { data: { items: [event(0), event(1)] } })).nativeElement;
    const rows = Array.from(el.querySelectorAll('tbody tr'));
    const dateTime = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
      new Date('2026-12-03T09:30:00Z'),
    );
    const day = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date('2026-12-04T00:00:00Z'));
    expect(cells(rows[0])).toEqual(['Event 0', day, 'Hello world 0', 'javascript:alert(1)']);
    expect(cells(rows[1])).toEqual(['Event 1', dateTime, 'Hello world 1', 'Open']);
    expect(rows[0].querySelector('td a')?.getAttribute('href')).toBe('https://calendar.example.com/e0');
    expect(rows[0].querySelectorAll('a')).toHaveLength(1);
    expect(rows[1].querySelector('td:last-child a')?.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('scrolls in a focusable box of its own with a sticky header, and pages long lists', async () => {
    const fixture = await render(EventsPanelComponent, { data: { items: Array.from({ length: 23 }, (_, i) => event(i)) } });
    const el: HTMLElement = fixture.nativeElement;
    const box = el.querySelector('.pb-scroll') as HTMLElement;
    expect(box.getAttribute('tabindex')).toBe('0');
    expect(box.getAttribute('aria-label')).toBe('Events');
    expect(box.querySelector('thead th')?.classList).toContain('mat-mdc-table-sticky');
    expect(el.querySelectorAll('tbody tr')).toHaveLength(10);
    const next = el.querySelector('button.mat-mdc-paginator-navigation-next') as HTMLButtonElement;
    next.click();
    next.click();
    await fixture.whenStable();
    expect(Array.from(el.querySelectorAll('tbody tr')).map((r) => cells(r)[0])).toEqual(['Event 20', 'Event 21', 'Event 22']);
    // Fewer rows than the page asked for: back to the first page rather than an empty one.
    fixture.componentRef.setInput('data', { items: [event(7)] });
    await fixture.whenStable();
    expect(Array.from(el.querySelectorAll('tbody tr')).map((r) => cells(r)[0])).toEqual(['Event 7']);
    expect(el.querySelector('mat-paginator')).toBeNull();
  });
});

describe('a generated-style panel behind NgComponentOutlet (as the dashboard uses it)', () => {
  it('takes the inherited inputs by name', async () => {
    const fixture = TestBed.createComponent(OutletHostComponent);
    await fixture.whenStable();
    const el: HTMLElement = fixture.nativeElement;
    expect(el.querySelector('pb-test-pipelines-panel .pb-loading')).not.toBeNull();
    fixture.componentInstance.inputs.set({ data: { results: [{ id: 'p9', stages: [] }] }, loading: false, error: null });
    await fixture.whenStable();
    expect(text(el.querySelector('pb-test-pipelines-panel tbody td'))).toBe('p9');
  });
});
