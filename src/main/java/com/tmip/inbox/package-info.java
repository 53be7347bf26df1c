/**
 * Unattended operation: one pass over an inbox folder (for cron), or passes on a schedule. Files in
 * {@code accounts/}, {@code users/}, {@code equipment/} and {@code credits/} go to their job; each processed file is archived
 * beside its run's reports, and a file rejected as a whole goes to {@code failed/} with the reason.
 */
package com.tmip.inbox;
