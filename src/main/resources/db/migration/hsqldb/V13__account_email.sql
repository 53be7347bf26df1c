-- The user account's own email (the New User form's second Email Address, under Account Information): it may
-- differ from the person's email; NULL means the person's email.
ALTER TABLE app_user ADD COLUMN account_email VARCHAR(254);
ALTER TABLE user_stage ADD COLUMN account_email VARCHAR(254);
