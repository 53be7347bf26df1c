/**
 * Run history: {@code runs} and {@code runs show RUN_ID} read past runs back from our run tables, the rows each run
 * did not accept and Spring Batch's job repository, so an operator finds last night's run without digging through
 * report folders. Nothing here writes.
 */
package com.tmip.history;
