package com.tmip.cases;

/** What happens to a traded-in item: returned to the vendor, or destroyed with a Certificate of Destruction. */
public enum Disposition {
    TRADE_IN, COD
}
