/**
 * The application's settings: {@link com.tmip.config.TmipProperties}, every {@code tmip.*} property with its
 * default. Plain values only; each feature takes the part it needs.
 */
package com.tmip.config;
