ALTER TABLE no_such_table ADD COLUMN nickname VARCHAR(50);
