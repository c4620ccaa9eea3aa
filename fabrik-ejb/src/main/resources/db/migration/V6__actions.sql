-- Next steps of a project, each with an owner, a due date and a status; the overdue ones are listed for follow-up.

CREATE SEQUENCE project_actions_seq AS BIGINT START WITH 50 INCREMENT BY 50;

CREATE TABLE project_actions (
    id          BIGINT       NOT NULL PRIMARY KEY,
    version     BIGINT       NOT NULL,
    project_id  BIGINT       NOT NULL,
    platform_id BIGINT       NOT NULL,
    description VARCHAR(300) NOT NULL,
    owner_name  VARCHAR(120) NOT NULL,
    due_date    DATE         NOT NULL,
    status      VARCHAR(20)  NOT NULL,
    created_by  VARCHAR(120) NOT NULL,
    created_at  TIMESTAMP    NOT NULL,
    closed_at   TIMESTAMP,
    CONSTRAINT project_actions_project_fk FOREIGN KEY (project_id) REFERENCES projects (id),
    CONSTRAINT project_actions_platform_fk FOREIGN KEY (platform_id) REFERENCES platforms (id)
);
CREATE INDEX project_actions_project_ix ON project_actions (project_id, due_date);
CREATE INDEX project_actions_due_ix ON project_actions (platform_id, status, due_date);
