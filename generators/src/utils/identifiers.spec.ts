import { assignOperationNames, isIdentifier, propertyKey, stringLiteral, toPascal } from './identifiers';

describe('assignOperationNames', () => {
  it('camel-cases dotted, dashed and snake ids', () => {
    const names = assignOperationNames(['chat.postMessage', 'get-thing', 'events_list', 'GET /users/{id}']);
    expect(names.map((n) => n.method)).toEqual(['chatPostMessage', 'getThing', 'eventsList', 'getUsersId']);
    expect(names.map((n) => n.pascal)).toEqual(['ChatPostMessage', 'GetThing', 'EventsList', 'GetUsersId']);
    expect(names.map((n) => n.kebab)).toEqual(['chat-post-message', 'get-thing', 'events-list', 'get-users-id']);
  });

  it('resolves collisions deterministically in the given order', () => {
    const names = assignOperationNames(['users.list', 'users_list', 'usersList', 'v2']);
    expect(names.map((n) => n.method)).toEqual(['usersList', 'usersList2', 'usersList3', 'v2']);
    expect(assignOperationNames(['users.list', 'users_list', 'usersList', 'v2'])).toEqual(names);
  });

  it('keeps suffixed names unique even against ids that already end in a number', () => {
    const names = assignOperationNames(['a.b', 'a_b', 'a.b.2']).map((n) => n.method);
    expect(new Set(names).size).toBe(3);
    expect(names).toEqual(['aB', 'aB2', 'aB22']);
  });

  it('escapes reserved words and class internals', () => {
    const names = assignOperationNames(['delete', 'new', 'constructor', 'toString', 'deleteOp']).map((n) => n.method);
    expect(names).toEqual(['deleteOp', 'newOp', 'constructorOp', 'toStringOp', 'deleteOp2']);
  });

  it('never starts with a digit and survives ids without usable characters', () => {
    const names = assignOperationNames(['2fa.enable', '€€€', ''], ['post /2fa', 'get /über/{id}', '']);
    expect(names.map((n) => n.method)).toEqual(['op2FaEnable', 'getUberId', 'operation']);
    for (const n of names) expect(isIdentifier(n.method)).toBe(true);
  });
});

describe('literals', () => {
  it('quotes keys only when needed and escapes strings', () => {
    expect(propertyKey('ok')).toBe('ok');
    expect(propertyKey('e-mail')).toBe("'e-mail'");
    expect(stringLiteral("it's\n")).toBe("'it\\'s\\n'");
    expect(toPascal('google-calendar')).toBe('GoogleCalendar');
  });
});
