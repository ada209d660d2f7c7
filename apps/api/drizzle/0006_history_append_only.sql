-- Custom SQL migration file, put your code below! --
-- History and evaluation snapshots are append-only: the database itself refuses to change or
-- remove a row, whatever the code does. (TRUNCATE, used only by the demo-data reset, is not a
-- row operation and is not affected.)
CREATE FUNCTION refuse_append_only_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only: % refused', TG_TABLE_NAME, TG_OP USING ERRCODE = 'restrict_violation';
END;
$$;
--> statement-breakpoint
CREATE TRIGGER project_changes_append_only BEFORE UPDATE OR DELETE ON project_changes
  FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
--> statement-breakpoint
CREATE TRIGGER evaluation_snapshots_append_only BEFORE UPDATE OR DELETE ON evaluation_snapshots
  FOR EACH ROW EXECUTE FUNCTION refuse_append_only_change();
