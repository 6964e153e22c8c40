import { TestBed, type ComponentFixture } from '@angular/core/testing';
import type { ActionSpec } from './action-spec';
import { PanelActionFormComponent } from './panel-action-form.component';

/** Shaped like a generated action (libs/panels/<id>/src/lib/actions.ts). */
const POST: ActionSpec = {
  operationId: 'chat.postMessage',
  title: 'Post a message to a channel',
  description: 'Sends a message as the app.',
  method: 'POST',
  destructive: false,
  scopeAlternatives: [['chat:write']],
  fields: [
    { key: 'channel', in: 'body', label: 'Channel', description: 'Channel id (C…).', required: true, kind: 'text' },
    { key: 'text', in: 'body', label: 'Text', required: true, kind: 'textarea' },
    { key: 'reply_broadcast', in: 'body', label: 'Reply broadcast', required: false, kind: 'toggle', default: false },
    { key: 'parse', in: 'body', label: 'Parse', required: false, kind: 'select', options: ['full', 'none'] },
  ],
  result: { raw: false, sections: [{ kind: 'card', title: 'Sent', path: [], fields: [{ key: 'ts', label: 'Ts', path: ['ts'] }] }] },
};

const DELETE: ActionSpec = {
  operationId: 'events.delete',
  title: 'Delete an event',
  method: 'DELETE',
  destructive: true,
  scopeAlternatives: [],
  fields: [{ key: 'eventId', in: 'param', label: 'Event id', required: true, kind: 'text' }],
  result: { raw: true, sections: [] },
};

const text = (el: Element | null | undefined) => el?.textContent?.replace(/\s+/g, ' ').trim();

async function render(action: ActionSpec, inputs: Record<string, unknown> = {}) {
  const fixture: ComponentFixture<PanelActionFormComponent> = TestBed.createComponent(PanelActionFormComponent);
  fixture.componentRef.setInput('action', action);
  for (const [k, v] of Object.entries(inputs)) fixture.componentRef.setInput(k, v);
  const emitted: Record<string, unknown>[] = [];
  fixture.componentInstance.submitAction.subscribe((v) => emitted.push(v));
  await fixture.whenStable();
  const el: HTMLElement = fixture.nativeElement;
  const field = (label: string) => {
    const l = Array.from(el.querySelectorAll('label')).find((x) => text(x)?.replace(/\*$/, '').trim() === label);
    return el.querySelector(`#${l?.getAttribute('for')}`) as HTMLInputElement;
  };
  const type = async (label: string, value: string) => {
    const input = field(label);
    input.value = value;
    input.dispatchEvent(new Event('input'));
    await fixture.whenStable();
  };
  const submit = async () => {
    (el.querySelector('button[type=submit]') as HTMLButtonElement).click();
    await fixture.whenStable();
  };
  return { fixture, el, emitted, field, type, submit };
}

describe('PanelActionFormComponent', () => {
  it('asks the required fields first and folds the optional ones under "More options", with labels and defaults', async () => {
    const { el, field } = await render(POST);
    const form = el.querySelector('form') as HTMLFormElement;
    const outside = Array.from(form.querySelectorAll(':scope > fieldset > .pb-input label')).map(text);
    expect(outside).toEqual(['Channel *', 'Text *']);
    const more = el.querySelector('details.pb-more') as HTMLDetailsElement;
    expect(text(more.querySelector('summary'))).toBe('More options');
    expect(Array.from(more.querySelectorAll('label')).map(text)).toEqual(['Reply broadcast', 'Parse']);
    expect(field('Reply broadcast').getAttribute('role')).toBe('switch');
    expect(field('Reply broadcast').checked).toBe(false);
    expect(field('Parse').tagName).toBe('SELECT');
    expect(field('Text').tagName).toBe('TEXTAREA');
    expect(text(field('Channel').parentElement?.querySelector('.pb-hint'))).toBe('Channel id (C…).');
  });

  it('never calls with a missing required value: says which, in the form', async () => {
    const { el, emitted, type, submit, field } = await render(POST);
    await type('Channel', 'C0123');
    await submit();
    expect(emitted).toEqual([]);
    expect(Array.from(el.querySelectorAll('.pb-field-error[role=alert]')).map(text)).toEqual(['Enter Text.']);
    expect(field('Text').getAttribute('aria-invalid')).toBe('true');
    await type('Text', 'Hello');
    expect(el.querySelectorAll('.pb-field-error').length).toBe(0);
    await submit();
    expect(emitted).toEqual([{ body: { channel: 'C0123', text: 'Hello', reply_broadcast: false } }]);
  });

  it('shows the provider’s refusal in words and keeps the values; shows a result as a panel', async () => {
    const { fixture, el, type, field } = await render(POST);
    await type('Channel', 'C0NOPE');
    fixture.componentRef.setInput('error', 'Slack refused the call: channel_not_found');
    await fixture.whenStable();
    expect(text(el.querySelector('form .pb-error[role=alert]'))).toBe('Slack refused the call: channel_not_found');
    expect(field('Channel').value).toBe('C0NOPE');
    fixture.componentRef.setInput('error', null);
    fixture.componentRef.setInput('result', { ok: true, ts: '1764144000.1' });
    await fixture.whenStable();
    expect(text(el.querySelector('.pb-done'))).toBe('Done.');
    expect(text(el.querySelector('pb-panel-data-view dd'))).toBe('1764144000.1');
  });

  it('asks for confirmation before a destructive operation, and calls only once confirmed', async () => {
    const { fixture, el, emitted, type, submit } = await render(DELETE);
    await type('Event id', 'evt1');
    await submit();
    expect(emitted).toEqual([]);
    const confirm = el.querySelector('[role=alertdialog]') as HTMLElement;
    expect(text(confirm.querySelector('p'))).toBe('Delete an event? This cannot be undone.');
    (Array.from(confirm.querySelectorAll('button')).find((b) => text(b) === 'Cancel') as HTMLButtonElement).click();
    await fixture.whenStable();
    expect(emitted).toEqual([]);
    expect(el.querySelector('[role=alertdialog]')).toBeNull();
    await submit();
    (el.querySelector('[role=alertdialog] button.pb-danger') as HTMLButtonElement).click();
    expect(emitted).toEqual([{ eventId: 'evt1' }]);
  });

  it('is disabled, with the reason, for someone who may not change anything', async () => {
    const { el, emitted, fixture } = await render(POST, { disabledReason: 'Only owners and editors can post.' });
    expect(text(el.querySelector('[data-testid=action-disabled-reason]'))).toBe('Only owners and editors can post.');
    expect((el.querySelector('form > fieldset') as HTMLFieldSetElement).disabled).toBe(true);
    expect((el.querySelector('button[type=submit]') as HTMLButtonElement).disabled).toBe(true);
    fixture.componentInstance.submit();
    expect(emitted).toEqual([]);
  });

  describe('a field whose values a read operation lists (picker)', () => {
    const PICK: ActionSpec = {
      ...POST,
      fields: [
        { ...POST.fields[0], choices: { operationId: 'conversations.list', items: ['channels'], value: ['id'], label: [['name']] } },
        POST.fields[1],
      ],
    };
    const settle = async (fixture: ComponentFixture<PanelActionFormComponent>) => {
      for (let i = 0; i < 3; i++) {
        await new Promise((r) => setTimeout(r));
        await fixture.whenStable();
      }
    };

    it('lists the choices by name through the loader, and picking one sends its id', async () => {
      const calls: Array<[string, Record<string, unknown>]> = [];
      const loader = async (op: string, input: Record<string, unknown>) => {
        calls.push([op, input]);
        return {
          ok: true,
          channels: [
            { id: 'C2', name: 'support' },
            { id: 'C1', name: 'general' },
          ],
        };
      };
      const { fixture, el, emitted, type, submit, field } = await render(PICK, { choicesLoader: loader });
      await settle(fixture);
      expect(calls).toEqual([['conversations.list', {}]]);
      const select = el.querySelector('[data-testid=choice-picker-select]') as HTMLSelectElement;
      expect(select.getAttribute('aria-label')).toBe('Choose Channel from the list');
      expect(Array.from(select.options).map((o) => [o.value, text(o)])).toEqual([
        ['', 'Choose from the list…'],
        ['C1', 'general'],
        ['C2', 'support'],
      ]);
      select.value = 'C2';
      select.dispatchEvent(new Event('change'));
      await fixture.whenStable();
      expect(field('Channel').value).toBe('C2');
      expect(text(field('Channel').closest('pb-panel-choice-picker')?.querySelector('.pb-picker-note'))).toBe('support');
      await type('Text', 'Hi');
      await submit();
      expect(emitted).toEqual([{ body: { channel: 'C2', text: 'Hi' } }]);
    });

    it('falls back to the text box with a short note when the list cannot be had; typing still works', async () => {
      const loader = () => Promise.reject(new Error('Slack has not allowed this app to read channels.'));
      const { fixture, el, emitted, type, submit } = await render(PICK, { choicesLoader: loader });
      await settle(fixture);
      expect(el.querySelector('[data-testid=choice-picker-select]')).toBeNull();
      expect(text(el.querySelector('[data-testid=choice-picker-note]'))).toBe(
        'The list could not be loaded (Slack has not allowed this app to read channels.): type the value.',
      );
      await type('Channel', 'C0TYPED');
      await type('Text', 'Hi');
      await submit();
      expect(emitted).toEqual([{ body: { channel: 'C0TYPED', text: 'Hi' } }]);
    });

    it('is a plain text box without a loader', async () => {
      const { el, field } = await render(PICK);
      expect(el.querySelector('[data-testid=choice-picker-select]')).toBeNull();
      expect(el.querySelector('.pb-picker-note')).toBeNull();
      expect(field('Channel').tagName).toBe('INPUT');
    });
  });
});
