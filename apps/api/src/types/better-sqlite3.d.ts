// better-sqlite3 ships no types and we only hand its constructor to TypeORM, which types it as `any` itself.
declare module 'better-sqlite3' {
  const Database: unknown;
  export default Database;
}
