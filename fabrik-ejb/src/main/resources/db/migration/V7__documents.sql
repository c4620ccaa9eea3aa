-- Documents attached to projects. Their bytes live outside the database and the web root (DocumentStore); the row
-- keeps the cleaned name, the type read from the content, the size and the storage key.

CREATE SEQUENCE project_documents_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE project_documents (
    id            BIGINT       NOT NULL PRIMARY KEY,
    version       BIGINT       NOT NULL,
    project_id    BIGINT       NOT NULL,
    filename      VARCHAR(200) NOT NULL,
    document_type VARCHAR(10)  NOT NULL,
    size_bytes    BIGINT       NOT NULL,
    storage_key   VARCHAR(100) NOT NULL,
    uploaded_by   VARCHAR(120) NOT NULL,
    uploaded_at   TIMESTAMP    NOT NULL,
    CONSTRAINT project_documents_project_fk FOREIGN KEY (project_id) REFERENCES projects (id)
);
CREATE INDEX project_documents_project_ix ON project_documents (project_id, uploaded_at);
