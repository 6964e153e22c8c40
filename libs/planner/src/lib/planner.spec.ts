import { join } from 'node:path';
import { loadCatalogSync, type ProviderModel } from '@patchbay/spec';
import { createPlanner } from './planner';
import type { FunctionOutline } from './plan-types';

const catalog = loadCatalogSync(join(__dirname, '..', '..', '..', '..', 'specs'));
const planner = createPlanner(catalog);
const opOf = (id: string, opId: string) => catalog.providers.find((p) => p.id === id)?.operations.find((o) => o.id === opId);

describe('planner: tools and operations', () => {
  it('plans the seed request: channel post on ticket.created, least privilege', () => {
    const r = planner.plan('Post a message to the #support channel when a new ticket is created.');
    expect(r.kind).toBe('plan');
    expect(r.providers).toEqual(['slack']);
    expect(r.operations).toHaveLength(1);
    expect(r.operations[0]).toMatchObject({
      provider: 'slack',
      operationId: 'chat.postMessage',
      params: { 'body.channel': '#support' },
      readOnly: false,
    });
    expect(r.operations[0].requiredScopes).toEqual(opOf('slack', 'chat.postMessage')?.requiredScopes);
    expect(r.operations[0].why).toContain('#support');
    expect(r.trigger).toEqual({ type: 'event', event: 'ticket.created', description: 'When the app sends ticket.created' });
    expect(r.functionName).toBe('post-to-support-on-ticket-created');
  });

  it('shows data in the app: read operations and an http trigger', () => {
    const r = planner.plan('Show my TikTok follower count in a dashboard');
    expect(r.kind).toBe('plan');
    expect(r.operations.every((o) => o.readOnly)).toBe(true);
    expect(r.trigger.type).toBe('http');
  });

  it('write versus read for the same tool follows the verb', () => {
    const write = planner.plan('Create HubSpot contacts when users sign up in my app.');
    const read = planner.plan('Show HubSpot deal stages inside my project dashboard.');
    expect(write.operations[0].readOnly).toBe(false);
    expect(read.operations[0].readOnly).toBe(true);
    expect(write.trigger).toMatchObject({ type: 'event', event: 'user.signed_up' });
  });

  it('never plans a destructive operation the words do not ask for; the tool named before "to <other tool>" is read', () => {
    const r = planner.plan("Every Monday at 9am post the list of this week's calendar events to #team");
    expect(r.kind).toBe('plan');
    expect(r.providers).toEqual(['google-calendar', 'slack']);
    const calendar = r.operations.find((o) => o.provider === 'google-calendar');
    expect(calendar?.readOnly).toBe(true);
    expect(calendar?.operationId).toBe('events.list');
    expect(r.operations.find((o) => o.provider === 'slack')).toMatchObject({ operationId: 'chat.postMessage', readOnly: false });
    expect(r.trigger).toMatchObject({ type: 'schedule', cron: '0 9 * * 1' });
    // No destructive operation anywhere unless asked: every write the planner picks for these requests is a create/post.
    for (const words of ['Update my calendar when a booking is made', 'Put new tickets on my calendar', 'Send new HubSpot contacts to #sales']) {
      for (const o of planner.plan(words).operations) expect(opOf(o.provider, o.operationId)?.method).not.toBe('delete');
    }
    // "Send new HubSpot contacts to #sales": HubSpot is where the contacts come from.
    expect(planner.plan('Send new HubSpot contacts to #sales').operations.find((o) => o.provider === 'hubspot')).toMatchObject({ readOnly: true });
    // …and it is planned when asked.
    const cancel = planner.plan('Delete the calendar event when a booking is cancelled');
    const del = cancel.operations.find((o) => o.provider === 'google-calendar');
    expect(opOf('google-calendar', del?.operationId ?? '')?.method).toBe('delete');
  });

  it('plans each tool of a multi-tool request', () => {
    const r = planner.plan('Sync new leads into Salesforce and post them to #sales');
    expect(r.kind).toBe('plan');
    expect(r.providers).toEqual(['salesforce', 'slack']);
    expect(r.operations.find((o) => o.provider === 'slack')?.params).toEqual({ 'body.channel': '#sales' });
    expect(r.operations.find((o) => o.provider === 'salesforce')?.readOnly).toBe(false);
    expect(r.trigger).toMatchObject({ type: 'event', event: 'lead.created' });
  });

  it('a quoted name goes to the input named by the noun next to it', () => {
    const r = planner.plan('Every time a report is generated, store a copy in a "Reports" folder in my Google Drive.');
    const op = r.operations[0];
    expect(op.provider).toBe('google-drive');
    expect(Object.values(op.params)).toContain('Reports');
  });

  it('an enum value in the words becomes the input of that enum', () => {
    const withEnum: ProviderModel[] = catalog.providers.map((p) => ({ ...p }));
    const r = createPlanner(withEnum).plan('Log customer support requests in Salesforce automatically.');
    expect(r.operations[0]).toMatchObject({ provider: 'salesforce', readOnly: false });
  });
});

describe('planner: triggers', () => {
  it('schedules with cron and the time zone passed in (UTC by default)', () => {
    const daily = planner.plan('Send a daily summary of completed tasks to my Slack channel.');
    expect(daily.trigger).toMatchObject({ type: 'schedule', cron: '0 9 * * *', timezone: 'UTC' });
    const monday = planner.plan('Each Monday at 9 send a Slack message to #standup', { timezone: 'America/New_York' });
    expect(monday.trigger).toMatchObject({ type: 'schedule', cron: '0 9 * * 1', timezone: 'America/New_York' });
    expect(monday.trigger.description).toContain('Monday');
  });

  it('a zone named in the text wins over the one passed in', () => {
    const r = planner.plan('Every day at 18:30 Europe/Paris time, post the summary to #ops', { timezone: 'America/New_York' });
    expect(r.trigger).toMatchObject({ type: 'schedule', cron: '30 18 * * *', timezone: 'Europe/Paris' });
    const city = planner.plan('every evening at 7pm Tokyo time post to #jp in Slack');
    expect(city.trigger).toMatchObject({ cron: '0 19 * * *', timezone: 'Asia/Tokyo' });
  });

  it('reads hourly, weekday and interval schedules', () => {
    expect(planner.plan('Once an hour, refresh the view counts of my TikTok videos.').trigger.cron).toBe('0 * * * *');
    expect(planner.plan('At 6pm every weekday post a recap to #team').trigger.cron).toBe('0 18 * * 1-5');
    expect(planner.plan('Every 15 minutes list new files in my Google Drive').trigger.cron).toBe('*/15 * * * *');
    expect(planner.plan('Every evening, post a summary to #team').trigger.cron).toMatch(/^0 (18|19|20) \* \* \*$/);
  });

  it('time words inside the "when" clause do not make a schedule', () => {
    const r = planner.plan('Every time a monthly PDF report is generated, store a copy in my Google Drive.');
    expect(r.trigger).toMatchObject({ type: 'event', event: 'pdf_report.generated' });
  });

  it('derives the event from the thing and what happened to it', () => {
    expect(planner.plan('Notify me in Slack when a sale is made in my app.').trigger.event).toBe('sale.made');
    expect(planner.plan('Whenever someone books a slot, add it to my Google Calendar').trigger.event).toBe('slot.booked');
    expect(planner.plan('Update HubSpot deal values when orders are placed.').trigger.event).toBe('order.placed');
  });
});

describe('planner: ambiguity and unknown tools', () => {
  it('"my CRM" with two CRM tools is a question with both options', () => {
    const r = planner.plan('Add new customers to my CRM.');
    expect(r.kind).toBe('question');
    expect(r.operations).toEqual([]);
    expect(r.question?.options.map((o) => o.id).sort()).toEqual(['hubspot', 'salesforce']);
    expect(r.reply).toMatch(/HubSpot or Salesforce|Salesforce or HubSpot/);
  });

  it('prefers the one connected CRM', () => {
    const r = planner.plan('Add new customers to my CRM.', { connections: [{ provider: 'hubspot', status: 'active', grantedScopes: [] }] });
    expect(r.kind).toBe('plan');
    expect(r.providers).toEqual(['hubspot']);
  });

  it('"X or Y" asks which', () => {
    const r = planner.plan('Sync Salesforce or HubSpot records into an internal dashboard.');
    expect(r.kind).toBe('question');
    expect(r.question?.options.map((o) => o.id)).toEqual(['salesforce', 'hubspot']);
  });

  it('a tool the catalog lacks names the existing tools and the custom-integration route', () => {
    const r = planner.plan('Create a Jira issue when a bug report is submitted.');
    expect(r.kind).toBe('unknown_tool');
    expect(r.reply).toContain('Jira');
    for (const p of catalog.providers) expect(r.reply).toContain(p.name);
    expect(r.reply).toMatch(/custom integration/i);
  });

  it('capitalised ordinary words, months, quoted names and zones are not tools', () => {
    expect(planner.plan('Every Monday at 9 Europe/Berlin time post the KPIs to #standup').kind).toBe('plan');
    expect(planner.plan('Store each invoice in a "Quarterly Reports" folder in Google Drive').kind).toBe('plan');
  });

  it('empty, whitespace, symbols and very long input give a reply, never a throw', () => {
    for (const m of ['', '   ', '🙂🙂🙂', '\u0000\u0001binary', 'x'.repeat(50_000), '#', '""', 'asdf qwer zxcv']) {
      const r = planner.plan(m);
      expect(typeof r.reply).toBe('string');
      expect(['unclear', 'unknown_tool', 'plan', 'question']).toContain(r.kind);
    }
    expect(planner.plan('   ').kind).toBe('unclear');
  });
});

describe('planner: edits of a function', () => {
  const outline: FunctionOutline = {
    name: 'post-to-support-on-ticket-created',
    trigger: { type: 'event', event: 'ticket.created', description: 'When the app sends ticket.created' },
    steps: [{ provider: 'slack', operationId: 'chat.postMessage', params: { 'body.channel': '#support' } }],
  };

  it('changes a literal: "use #product-updates instead"', () => {
    const r = planner.planEdit('Use #product-updates instead', outline);
    expect(r.kind).toBe('edit');
    expect(r.edits).toEqual([{ kind: 'set_param', step: 0, param: 'body.channel', value: '#product-updates' }]);
  });

  it('changes the trigger', () => {
    const r = planner.planEdit('Run it every Monday at 9 instead', outline, { timezone: 'Europe/Paris' });
    expect(r.edits).toEqual([
      { kind: 'set_trigger', trigger: expect.objectContaining({ type: 'schedule', cron: '0 9 * * 1', timezone: 'Europe/Paris' }) },
    ]);
  });

  it('adds a step with another tool', () => {
    const r = planner.planEdit('Also create a Notion page', outline);
    expect(r.edits).toHaveLength(1);
    expect(r.edits[0]).toMatchObject({ kind: 'add_step', operation: { provider: 'notion', operationId: 'pages.create', readOnly: false } });
  });

  it('removes the step of a tool', () => {
    const two: FunctionOutline = { ...outline, steps: [...outline.steps, { provider: 'notion', operationId: 'pages.create', params: {} }] };
    expect(planner.planEdit('Remove the Slack step', two).edits).toEqual([{ kind: 'remove_step', step: 0 }]);
  });

  it('sets a quoted message text', () => {
    const r = planner.planEdit('Say "New ticket!" in the message', outline);
    expect(r.edits).toEqual([{ kind: 'set_param', step: 0, param: 'body.text', value: 'New ticket!' }]);
  });

  it('not understood: a question and no edits', () => {
    const r = planner.planEdit('make it better', outline);
    expect(r.kind).toBe('question');
    expect(r.edits).toEqual([]);
  });
});

describe('planner: catalog only', () => {
  it('an alias from provider.yaml names the tool like its name', () => {
    const drive = catalog.providers.find((p) => p.id === 'google-drive');
    expect(drive?.aliases?.length).toBeGreaterThan(0);
    const message = `Put it in ${drive?.aliases?.[0]} when it is approved`;
    expect(planner.plan(message).providers).toEqual(['google-drive']);
    // Without the alias the same word is a tool the catalog does not have.
    expect(createPlanner(catalog.providers.map((p) => ({ ...p, aliases: [] }))).plan(message).kind).toBe('unknown_tool');
  });

  it('knows nothing the catalog does not say (a renamed tool is found by its new name only)', () => {
    const renamed = catalog.providers.map((p) => (p.id === 'slack' ? { ...p, name: 'Chatter', aliases: [] } : p));
    const r = createPlanner(renamed).plan('Post to #general in Chatter when an order is placed');
    expect(r.providers).toEqual(['slack']);
    expect(createPlanner(renamed).plan('Create a Slack reminder in Jiraflow').kind).toBe('unknown_tool');
  });
});
