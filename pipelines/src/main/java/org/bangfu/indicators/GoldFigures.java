package org.bangfu.indicators;

import java.math.BigDecimal;

/** One row of a gold table as the catalogue reads it: a figure by gold column name. */
public interface GoldFigures {

    /** The value of a gold column, or null when it was not reported or the row has no such column. */
    BigDecimal figure(String goldColumn);
}
