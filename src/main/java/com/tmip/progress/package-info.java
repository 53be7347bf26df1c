/** Progress of long runs for the people and scripts watching them. */
package com.tmip.progress;
