-- Search as you type is answered from memory (ClientSearchIndex), kept up to date by triggers the
-- store installs when it opens (ClientChanges). The token table cost ~27 rows per client on every
-- write and import, and could not answer a short prefix shared by thousands of clients quickly.
DROP TABLE client_search_token;
