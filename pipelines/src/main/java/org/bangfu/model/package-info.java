/**
 * The gold model: pure transforms from silver Datasets to gold Datasets (county × quarter figures,
 * rollups), and the value types the publishing side reads from a pinned gold snapshot. Reading and
 * writing tables is not done here but in {@code org.bangfu.warehouse}.
 */
package org.bangfu.model;
