/**
 * Excel templates ({@code template equipment|users|credits|returns}): workbooks a partner fills in and uploads as is, with
 * our column names, drop-down lists of the values we know, date and text formats and plain-words instructions.
 */
package com.tmip.template;
