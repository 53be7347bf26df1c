/**
 * The partner portal ({@code serve}): server-rendered pages over the same jobs as the command line. Partners sign in
 * with the users {@code import-users} loaded, upload an equipment list and its certificates, watch the run, and
 * download its reports; each partner sees only its own account's runs, cases and certificates. Finance staff
 * (Employees) reconcile credits. Every bean here exists only in a web application ({@code serve}); the command-line
 * commands never start a web server. Features are called through their request records, never through the CLI.
 */
package com.tmip.portal;
