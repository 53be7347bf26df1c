/**
 * Reference data the equipment rules check against: the MX platform list (shipped as
 * {@code reference/platforms.txt}, overridable by a file), the CoD folder given with {@code --cod-dir}, and the
 * Case Manager users. Each is read once and then immutable, so a whole run checks against the same picture.
 */
package com.tmip.reference;
