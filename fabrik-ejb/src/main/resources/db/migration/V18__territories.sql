-- One deployment hosts several platforms (territories): a person's roles apply to the platforms they belong to.
-- Every account that existed before belonged, in fact, to the only platform there was.
CREATE TABLE user_account_platforms (
    account_id BIGINT NOT NULL REFERENCES user_accounts (id),
    platform_code VARCHAR(40) NOT NULL,
    PRIMARY KEY (account_id, platform_code)
);

INSERT INTO user_account_platforms (account_id, platform_code)
    SELECT a.id, p.code FROM user_accounts a, platforms p WHERE p.code = 'lens-lievin';
