-- Counting the clients not in the trash is everyone minus the (few) in the trash: H2 counts a
-- whole table without reading it, and this index finds the trashed ones without a scan.
CREATE INDEX client_deleted_at ON client (deleted_at);
