-- A request for advice may come with a document (a budget, a plan), kept among the project's documents.

ALTER TABLE advice ADD COLUMN document_id BIGINT;
ALTER TABLE advice ADD CONSTRAINT advice_document_fk FOREIGN KEY (document_id) REFERENCES project_documents (id);
