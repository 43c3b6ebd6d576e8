/**
 * The gold model: pure transforms from silver Datasets to gold Datasets — BF-1 per county,
 * prefecture, province, unit and unit group × quarter ({@link org.bangfu.model.AssistanceAggregates}),
 * BF-2 and BF-3 per area × quarter ({@link org.bangfu.model.AreaProgressAggregates}), BF-5 targets per
 * area × year ({@link org.bangfu.model.TargetAggregates}), county rankings
 * ({@link org.bangfu.model.CountyRankings}) — each figure year to date, in the quarter, full year and
 * cumulative ({@link org.bangfu.model.YearToDate}); the value types the publishing side reads from a
 * pinned gold snapshot; and the generator of {@code warehouse/README.md}. Jobs here read and write
 * only through {@code org.bangfu.warehouse.Warehouse}.
 */
package org.bangfu.model;
