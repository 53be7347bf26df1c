/**
 * The folders and files tmip creates hold bcrypt hashes and personal data (the embedded database under
 * {@code ./data}, the log under {@code logs}, the reports under {@code reports}), so they are created readable by
 * their owner only ({@link com.tmip.files.PrivateFiles}) wherever the file system has POSIX permissions; the data and
 * log folders before the database or the log opens them ({@link com.tmip.files.PrivateFolders}).
 */
package com.tmip.files;
