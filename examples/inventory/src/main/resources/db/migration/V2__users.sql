-- API users: PBKDF2-SHA512 password hashes (see PasswordHasher), never plain text.
-- Scopes are space-separated, as OAuth2 writes them.
CREATE TABLE users (
    username      VARCHAR(64)  PRIMARY KEY,
    password_hash VARCHAR(256) NOT NULL,
    scopes        VARCHAR(256) NOT NULL
);

-- alice / wonderland, bob / builder
INSERT INTO users (username, password_hash, scopes) VALUES
    ('alice', 'pbkdf2-sha512$210000$8fsA3AwGqUgQeKKVfYIuUA$eU/kVu6aXgd2NwpGq7MedtPLfHUrRx9UTA0WlnuesY1Ji8MucD9yHrZrmIgq3A6XCCPcEAiGKtGKCfyfZjc4eg',
     'items:read items:write'),
    ('bob', 'pbkdf2-sha512$210000$FHYKmWhfGkCL0PDtubI5dA$Sqv+1KU/Y50q3BTfPUDohncNx9SNydX9OKQjPr8AkIAn28JxyaabfXg9hCZSkmfHhaQaY13lGYNbI8rFpIVC3A',
     'items:read');
