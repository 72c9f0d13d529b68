-- The migrations are written once for both databases. PostgreSQL has no CLOB type: its "text" holds
-- any length, so CLOB is made a name for it before the migrations run (this script runs before each
-- migration of a PostgreSQL store; the check makes a second run do nothing).
DO $$
BEGIN
    IF NOT EXISTS (SELECT 1 FROM pg_type t JOIN pg_namespace n ON n.oid = t.typnamespace
                   WHERE t.typname = 'clob' AND n.nspname = current_schema()) THEN
        CREATE DOMAIN clob AS text;
    END IF;
END $$;
